// Package textpage reads plain-text dumps of Alibaba Cloud API reference pages (what a user
// gets by copying a page out of a browser) into the page model of package page.
//
// A dump has no markup: the reader finds the title, "Last Updated" line, headings, tables,
// lists and code blocks from the shape of the lines. Tables are recognised per table, not per
// page, in these layouts:
//
//   - cell per line: every header cell and every row cell on its own line (newer pages); an
//     overview's API table is read by its operation-name lines instead, since a category
//     cell spanning rows leaves the rows under it a line short (operationTable);
//   - glued: the header cells run together on one line ("ParameterTypeRequired...") and so do
//     the leading cells of each row ("InstanceIdstringYes"); the closed vocabularies of types,
//     Yes/No and column words split them (older pages); a Go type is a type too, and a
//     pointer to an SDK struct ("networkConfig*CreateLogstashRequestNetworkConfigYes") one
//     whose struct is named after the operation's request or response and ends with the
//     row's name where a Required word is glued after it, any struct where the table has
//     no Required column ("Result*Logstash");
//   - pipe cells: one cell per line ending " |", rows opening with "| Name |" or a lone "|"
//     once the previous row has closed its last cell (a lone "|" after an open cell, or
//     standing for cells the row lacks, is a cell); some dumps drop the opening "|" and the
//     header is one column word per line ("Name |", "Type |");
//   - pipe rows: one row per line "Name | type | Yes | desc |", optional "---|---|" line; a
//     row runs on until it has closed as many cells as the header has (a description
//     spilling onto the next lines, a row closed by a lone "|");
//   - Markdown tables: "| a | b |" plus "|---|---|";
//   - grids: ASCII and box-drawing grids ("+----+----+", "│ a │ b │"), psql's tables
//     (" a | b " over "---+---") and simple tables ("=====  ====="), rewritten line for
//     line into the Markdown tables they draw before the layouts are read (page.PipeGrids);
//   - spaced: "Name Type Required Example Description" and one row per line separated by
//     spaces or tabs, descriptions continuing on the following lines (2019-2021 pages);
//     types may be several words ("Array of String", "String to String Map") or a struct's
//     name ending in "Type" ("ScalingConfigurationSetType");
//   - aligned columns: the spaced layout as lynx -dump, w3m -dump, column -t or a PDF export
//     writes a table, the header's words padded to their columns' widths, each row's cells
//     starting where their column does and a cell too long for its column wrapping onto
//     the next lines at the column's position, the other columns blank; read by those
//     positions (columns.go: display width, a CJK character two columns, or character
//     count, whichever the table lines up by); a header whose cells wrap in their columns
//     over two or three lines (lynx: "Parameter" over "name", stacked.go), or whose words
//     are centred over their columns (w3m: the columns are where the rows' cells start); a
//     row-number column ("No.", "#", 序号) cut off every line; error-code tables too;
//   - parameter index: the API portal's "输入参数" list, names glued to descriptions in
//     another script ("Develop某某某某") and no types; the reader keeps only the names that no
//     request table of the page documents, with a warning naming them.
//
// Conventions extraction can rely on:
//
//   - Row.Depth is -1: text dumps do not show nesting, except a table (pipe, cell-per-line or
//     glued) whose names carry tree glyphs ("└ListenerPort", "│ ├─ Key"; page.TreeDepth),
//     where Depth is the number of glyphs, taken off the name; a pipe table whose names
//     are indented by no-break or ideographic spaces as a tree (indentDepths: levels two
//     spaces apart or more past the row's padding, each child under a container; else an
//     info warning names the indented rows); or a table in aligned columns whose names are
//     indented in their column or drawn under a tree's glyphs, where Depth is the level of
//     the column the name starts in (page.IndentLevels).
//   - A row whose name cell is empty (the response's root "object" row, unnamed array items,
//     names the site hid) is kept with Cells[name] == "".
//   - A deprecated badge glued to or following a name ("operatordeprecated") is removed from
//     the name and recorded by prefixing the row's Description cell with DeprecatedPrefix
//     ("[deprecated] "); when the table has no Description column the Name cell keeps the
//     badge removed and a warning is recorded.
//   - Cell text is plain text: paragraphs joined with "\n", list items as lines "- item".
//   - Numbered code listings ("  1. {", "  2. <Response>") are code blocks without the numbers.
//   - A "Request syntax" line such as "POST /instances/{instanceId}/accounts HTTP/1.1" is a
//     Code block with Lang "http"; JSON examples are Code blocks with Lang "json" holding the
//     text verbatim; XML examples have Lang "xml"; sample request URLs have Lang "".
//   - Text found where a table has not started its first row ("No parameters required.")
//     follows the table as Paragraph blocks.
//   - A heading of the same kind as the current section ("Success response" under
//     "Examples") stays a Paragraph of that section.
//   - Page.Truncated is set, with a warning, when the input stops inside a table row, a JSON
//     block or right after a heading. A pipe row the input stops inside keeps the cells it
//     has, except a name the input may have cut short ("| Pag"): that row is dropped with a
//     warning naming it.
//   - Parameters written as cards (a name line, then "Type: String" lines, or each key
//     alone over its value: "Type", then "String") become a parameter table
//     (page.ReadCards); a card's name is never a heading, a glued row or a table header,
//     a key alone inside a card never a heading, and its value never a code block.
//   - Pipe cells are split by page.SplitPipeRow, as the Markdown reader splits them: a "|"
//     escaped ("\|") or inside a code span is text of the cell. A look-alike of "|" (the
//     full-width "｜" of a CJK input method, "¦", "∣", a console table's "│") that
//     separates a table row's cells is read as "|" first (page.PlainBars); one in prose or
//     glued to a cell's text stays.
package textpage
