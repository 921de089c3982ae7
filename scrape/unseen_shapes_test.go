package scrape

import (
	"fmt"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/acsgen/acsgen/scrape/page"
)

// TestUnseenShapes renders a sample of the truth records (truthRecords) in table shapes that
// no page of ../shared/corpus has and that Alibaba Cloud pages nobody here has seen plausibly
// do (the old help center, PDF and text exports, Markdown sources), each a change of one
// convention of TestHTMLTruth, TestMarkdownTruth or TestTextTruth, and scores each with
// TestAccuracy's rules (scoreTruthPages) against that convention unchanged on the same
// records: a shape keeps every name, type, Required answer and location a table shows, so
// none of its figures may fall below the unchanged convention's, and it may add no name the
// truth lacks, no guess or drop warning and no silent miss (accCount.silent). The shapes:
//
//   - words: other header words, by record (headerWordSets): "Parameter name | Data type | Mandatory | Sample
//     value | Remarks", "Parameter Name | Parameter Type | Required/Optional | Example Value"
//     answered Required/Optional, "参数名称 | 数据类型 | 是否必须 | 示例 | 说明", "参数名 |
//     参数类型 | 必选/可选 | 样例值 | 备注" answered 必选/可选, "Param name | Param Type |
//     Mandatory/Optional | Example values" answered Mandatory/Optional, "Property name |
//     Field type", "字段名 | 字段类型 | 是否必填 | 举例 | 字段说明", "パラメータ名 | データ型 |
//     必須/オプション | サンプル値" answered 必須/オプション, "Nama parameter | Tipe data |
//     Wajib/Opsional", "Name | Data type | Required | Sample data | Details", "Field name |
//     Value type | Mandatory | Example value | Meaning", "参数名称 | 取值类型 | 是否必填 | 参考值 |
//     详细说明", "字段名 | 数据类型 | 是否必选 | 示例数据 | 释义", its Traditional twin "參數名稱 |
//     取值類型 | 是否必填 | 參考值 | 詳細說明", "パラメータ名 | データ型 | 必須 | 値の例 | 詳細",
//     "Nama parameter | Tipe nilai | Wajib | Contoh nilai | Catatan";
//   - index: a leading row-number column ("No.", "#", 序号), numbered from 1 in each table
//     (no real dump has one);
//   - extra: a request table's columns between Required and the description, by record:
//     "Default value" ("-") and "Valid values" ("1 to 100" for integers), "Default",
//     "Allowed values" and "Constraints" ("Up to 64 characters." for strings), "Default
//     value" and "Value range"; in Chinese 默认值 and 取值范围, 默认值, 可选值 and 限制条件,
//     缺省值 and 枚举值 (TestValuesColumn reads such a column's values into the enum);
//   - bodyheader (HTML): the header in the first <tbody> row, its cells <td><strong> or
//     <td><p><b>;
//   - group: a row spanning the table names it ("Request parameters"), and a ROA request is
//     one table whose parameters are grouped by location under spanning rows ("Path
//     parameters"), with no Position column (HTML colspan, a Markdown row of one bold cell,
//     a text dump's row of one cell: "Path parameters | ||||");
//   - values (HTML): a string's description cell holds a <ul> of valid values;
//   - dash: an empty Example cell (an object's, a list's) written "-";
//   - anchor (HTML): a name cell holds an anchor (<a id="X"></a>X, or the name a link to
//     itself), a type cell a link to the type's definition;
//   - respreq: the response tables have a Required column too, its cells "-";
//   - theadtitle (HTML): the <thead> opens with a row of one cell spanning the table that
//     names it ("Request parameters"), the column names in the row below;
//   - labels: section headings that are no heading elements, by record: in HTML a bold
//     paragraph, a <div class="title">, a paragraph ending in a colon, a numbered bold
//     paragraph, or the <dt> of a <dl> whose <dd> holds the section (dl+labels: the
//     parameters a definition list in it); in Markdown a bold line, an ATX heading ending
//     in a colon, a numbered one ("## 2. Request parameters"), a line ending in a colon,
//     an item of a numbered list ("2. Request parameters");
//   - rowspan (HTML): every other named row's name cell spans a second row of one cell
//     spanning the other columns that goes on with the description;
//   - cellwrap: cells hold <p>, <span> and <code> wrappers, descriptions a <br>;
//   - reqicons: the Required cells say ✓ or nothing, ✔ or ×, ✔ or "-", an icon (<img
//     alt="Yes">), Required/Optional or 必填/选填;
//   - thfirst (HTML): each body row's name cell is a <th scope="row">;
//   - secheader (HTML): each section a <section> headed by an <h2> in its <header>;
//   - wrap (HTML): each table is wrapped in a <div class="table-wrap">, a <figure> with a
//     <figcaption> after it, or two <div>s;
//   - spaces: the white space a copy of a web page carries (unicodeSpaces): a text page's
//     spaces are no-break, ideographic or other Unicode spaces, a no-break space ends
//     every line and a zero-width character follows the first character of every line; an
//     HTML or Markdown page's cells end with such a space (`&nbsp;` or the character) and
//     start with a zero-width one, and the spaces between their words are such spaces;
//   - blanklines: a text or Markdown page has a blank line between every two lines (a copy
//     out of a browser doubles line breaks), in Markdown also between a table's lines;
//   - branch, ascii, angle, chevron, dashes, emdashes, dots, fwspace, nbspace: a row's depth
//     drawn before its name otherwise than the convention draws it (nestShapes: a drawn
//     tree whose blank ancestors are no-break spaces, in box-drawing or ASCII characters,
//     "∟", "» ", "-", "—" or "·" a level, full-width or no-break spaces), also in the text
//     layouts, which show no depth unchanged;
//   - dotpath: the response's names are full dotted paths ("Instances.Instance[].InstanceId",
//     "Data.Items.N.Name"), the rows at no depth, a container listed by its own row or
//     (every third record) only by its fields' paths; also in the text layouts, where a
//     legacy page's wrapper writes "Permissions | Array of Permission", then
//     "Permissions.Permission" and "Permissions.Permission.CreateTime";
//   - itemrow: a list's items have a row of their own named "[]", "items" or "Item" (by
//     record) one level below it, its fields below that; also in the text layouts, where
//     only row order tells that the row is the list's (the newer pages' unnamed item rows
//     named, a legacy page given them; pipe, piperow and mdtable);
//   - dashitem: as itemrow in the text layouts, the item row's name cell a lone "-" (an
//     empty cell's placeholder);
//   - inline (spaced): each row's description on its line after the other cells, no blank
//     line between rows, a request table with the extra shape's columns before it ("Size
//     Integer Yes - 1 to 100 - 10 The Size value.");
//   - grid, box, psql, rst: a text page's tables drawn as grids (gridShapes): ASCII grids
//     (pandoc's, wrapped, or MySQL's boxes), box drawing with wrapped cells (fancy_grid,
//     w3m), psql's tables ruled under the header only, reStructuredText's simple tables; a
//     Markdown page's parameter tables as ASCII grids (pandoc's grid tables);
//   - columns, zhcolumns: the spaced convention's tables in aligned columns, as lynx -dump,
//     column -t and PDF-to-text exports write them (columns_shape_test.go), descriptions
//     wrapped in their column, in English and Chinese, with and without blank lines
//     between rows, aligned by display width or character count. Compared with the
//     spaced convention, which writes the same columns in the same order, an RPC
//     request's names dotted, with the description below its row: the cells are the
//     same, only where they stand differs (the pipe conventions show other rows: the
//     newer site's root and item rows). The Chinese and other words change no figure the
//     test compares: names, types, Required answers and locations are the same cells;
//   - multiline (Markdown): tables without outer pipes whose rows' last cell, the
//     description, goes on in the lines below, which have no separator (by record a third
//     line, rows separated by blank lines, a paragraph after the table);
//   - boldlabels (Markdown): every section's heading a bold line of its own, a debugging
//     section ("**Debugging**", "**调试**") after the intro;
//   - childsections: the response's objects and lists of objects name a struct in their
//     type cell ("Tags | Array of Tag", "Data | Data") and their children are the rows of
//     a table of its own after the response's, by record under a section heading, under a
//     sub-heading of the response's section or under a caption (a bare line in Markdown,
//     a <caption> in HTML) that names the struct in other words (structHeadings: "Tags
//     结构", "Tag 的结构", "Table 3. Tag", "Tag object", "Structure of Tag", "TagList", ...);
//     a subtree where two containers share a struct's name stays nested;
//   - fwpipe: a text page's cell separators are look-alikes of "|" (page.PlainBars), by
//     record: every one the full-width "｜" of a CJK input method, every other one on a
//     line (a row mixing both), or every one the broken bar "¦"; a pipe glued to text on
//     both sides ("Format: key|value.", "HTTPS|HTTP") is no separator and stays;
//   - concat+itemrow: the itemrow shape in the concat layout, the item row's name glued to
//     its type like every row's ("[]Object", "itemsObject", "ItemString");
//   - boldlabels (HTML): every section's heading a paragraph all in <strong> or <b>, a
//     debugging section ("Debugging") after the intro, as the Markdown shape;
//   - gapped: a text page whose blank lines a copy dropped and which a later copy gave a
//     blank line between every two lines (doubled line breaks with no longer run of blank
//     lines to tell them, as a cell-per-line dump is written; the pipe layouts);
//   - gaps (spaced): the header's and each row's cells joined by two spaces, the description
//     on the row's line, a request table with the extra shape's columns before it, and every
//     empty cell (the extra columns' "-", an empty Example) joined in as nothing, the blank
//     around it four spaces wide ("BurstingEnabled  Boolean  No        true  The ...");
//   - namealone (piperow): every other named row's name alone on its line, right after the
//     row before, its other cells on the next line ("PageSize", "| Integer | No | … |");
//   - twice: every line of a text page twice in a row, blank lines once (a copy that
//     doubled its lines: a PDF's text drawn twice for bold);
//   - colheads, centred, colindex: the columns shape (aligned columns,
//     columns_shape_test.go) as other dumps write a table's header and first column: the
//     header words of the words shape wrapped in their columns where the rows' cells are
//     narrower, as lynx wraps a <th> ("Parameter" over "Type"); each header word centred
//     over its column, as w3m writes a <th>; the index shape's row numbers in a column of
//     their own before the names;
//   - mysqlwrap, psqlwrap: a text page's tables drawn as MySQL's boxes whose cells wrap onto
//     lines of their own under a blank name cell (a type "Array of" over "Object"), or as
//     psql's tables whose cells hold line breaks marked "+" (gridShapes);
//   - gridgroup: the group shape's tables drawn as pandoc's grids, each group's title a
//     cell spanning the whole width or all columns but the last, ruled with or without
//     junctions inside the span (gridShapes), in a text page or a Markdown page (a ROA
//     request's parameters grouped by location);
//   - gridblanks (Markdown): the grid shape's page with a blank line between every two
//     lines, as the blanklines shape has it;
//   - pandocml: a text page's or a Markdown page's tables as pandoc's multiline tables (no
//     separators, a blank line after each row, cells wrapped within their columns; every
//     third record without the lines of dashes over and under it);
//   - boldwrap (HTML): every section's heading a bold label that is no paragraph of its
//     own, by record: "<p><strong>X</strong>:</p>", bold in a <span> in a <p>, a <span>
//     block, a bold run opening the <div> that holds the section, a list item alone or
//     holding the section, the cell of a layout table whose next row holds the section;
//     a debugging section after the intro;
//   - fwpipe (Markdown): the text shape's look-alike cell separators in a Markdown page's
//     tables, by record ("｜", every other one "｜", "¦");
//   - spans (HTML): the table header over two rows, the description and example columns
//     under a cell spanning them, the other columns' cells spanning both rows; a row with
//     no example has its description span the example's column (colspan);
//   - childrow (HTML): the nested convention's tables of a parameter's children each in a
//     row of their own after the parameter's, in a cell spanning the table or (by record)
//     beside an empty name cell;
//   - cells+itemrow, spaced+itemrow: the itemrow shape in the layouts that write a line a
//     cell and in the spaced one ("[] string", "items Object" on the row's line);
//   - namefirst (piperow): as namealone, every other named row from each table's first,
//     whose name is alone on its line right after the header's separator;
//   - psqlhead, psqlwrapped: a text or Markdown page's tables drawn as psql's tables whose
//     column names hold line breaks ("Parameter" over "name", centred, marked "+"), or as
//     psql's wrapped format prints them, the long cells cut mid-word at their column's width
//     and each cut marked "." (or "…") at the column's edge and at the start of the line
//     below; every third record framed (\pset border 2) (gridShapes);
//   - namebreak: a text page's tables drawn as grids whose name column is narrower than
//     the longest names, cut mid-word onto the lines below ("InstanceChar" over "geType"),
//     in tabulate's psql, grid and fancy_grid formats (gridShapes);
//   - colbreak: the columns shape (aligned columns, columns_shape_test.go) with a name
//     column narrower than the longest names, cut mid-word onto the lines below;
//   - spaced+gapped: the gapped shape in the spaced layout, its header on one line (which a
//     cell-per-line dump never has) the sign of a copy;
//   - wrapheads (HTML): the words shape's header words, each cell wrapped a line a word and
//     aligned right or centred, by record: "<th align=\"right\">Parameter<br>name</th>", a
//     <p> a word, a <br/>, a <div align=\"center\"> a word (a <td> header row every seventh);
//   - bodylabel: a ROA request's body parameters in a table of their own with no Position
//     column, under a label "Body" alone below the request section's or a heading at its
//     level (HTML: an <h3>, a bold paragraph, an <h4>, "<p>Body:</p>", an <h2>; Markdown:
//     "### Body", "**Body**", "Body:", "#### Body", "## Body"), the other parameters in the
//     section's table as the convention has them;
//   - iconreq: the Required cells an icon with no text alternative or nothing, by record: an
//     <img> of check.svg, an icon font's <i class="fa fa-check"> or fa-times, an SVG using
//     #icon-tick, a <span class="icon-required"> or icon-optional, a ✔ hidden from screen
//     readers (aria-hidden); in Markdown an image ![](…/check.png), <img> of yes.gif or
//     no.gif, <i class="icon-check">, <span class="tick">;
//   - details (HTML): each section in a collapsible <details open>, its heading the
//     <summary>'s text bare, in an <h2>, bold or in a <span>, by record;
//   - tablewrap (HTML): each table in a <div class="table-wrapper">, two <div>s or a <div
//     class="table-responsive">, with a <caption>: the section's name, a numbered one
//     ("Table 2. Request parameters") or "Parameters" alone (also over the response's);
//   - sampletabs (HTML): the sample under tabs (a <ul role="tablist"> or buttons) naming
//     JSON and XML, each format's <pre> in a tab panel with no language class;
//   - reqresp: the request's and the response's parameter sections headed "Request" and
//     "Response", each with a sub-heading (every other record a bold line) "Parameters";
//   - pairdesc: the parameter tables two columns, "Parameter | Description", the type, a
//     request's Required answer and a ROA parameter's location opening the description,
//     by record: bold key lines ("**Type:** String"), "*String*, required, Query." before
//     the text, "Type: String. Required: Yes. Position: Query." over it, or "(String,
//     required, Query)" opening it (page.FactColumns);
//   - details (Markdown): each section in a <details> block (open or not), its heading the
//     <summary>'s text, bare or bold, the section's Markdown after a blank line;
//   - sampletabs (Markdown): the samples under MkDocs tabs (=== "JSON", === "XML"), each
//     an indented fenced block;
//   - swagger (HTML): the parameter tables as Swagger UI draws them, "Name | Description",
//     the name cell's <div>s the name (a required one's followed by a "*" span, or by
//     "required" every other record), the type (a list's with its items', "array[string]":
//     uiType), a ROA parameter's location "(query)";
//   - redoc (HTML): the parameter tables with no header, as Redoc draws them: the name cell
//     the name (a "required" <div> under a required one's), the next the type ("Array of
//     strings") over the description (every third record the type a cell of its own); a
//     ROA request's parameters under a sub-heading of their location ("Path Parameters");
//   - rootheads, rootcentred, rootindex: the colheads, centred and colindex shapes with the
//     response's root row first in its table, as the pipe conventions have it: a blank
//     name, the type "object" ("Object", "Struct") in the type column;
//   - tabs: a text page's tables with their cells parted by tabs, as a table copied out of
//     a browser or a spreadsheet pastes into plain text (markupShapes): an unnamed item
//     row opens its line with a tab, a row with empty last cells ends with tabs or (every
//     other record) without them;
//   - typereq, reqdesc: a request table with no Required column, each row's Required
//     answer set off after its type ("String, required", "Integer (Optional)",
//     "String（必填）", only a required row's "(required)") or opening its description
//     ("Required: Yes", "**Required.**", "Optional.", "(Required)", "是否必填：是",
//     "（选填）"), as note_shapes_test.go writes them, in Markdown, HTML and text pages;
//   - tabwrap: the tabs shape whose description cells hold line breaks (markupShapes), a
//     blank line among them by record, the row's next cell after a tab on their last line;
//   - wiki: a text page's tables in Confluence's and Jira's wiki markup, the header
//     "||Name||Type||" over rows "|a|b|" (markupShapes);
//   - bullets: a text page's parameters as a bulleted list, not a table (textList), each
//     item a parameter in one of three forms ("RegionId (String, required): text",
//     "RegionId — String — required — text", "RegionId: String, optional. text"), children
//     indented below, the example the convention shows ending the text ("Example: `10`",
//     "示例值：`10`": listExample), as a Markdown page's or an HTML page's lists copy into text;
//   - bullets in Chinese and Japanese (pipe's Chinese records, cells.tc, cells.ja): the
//     items in full-width punctuation and the page's Required words (cjkEntry:
//     "RegionId（String，必填）：text", "RegionId：String，可选。text");
//   - fwpunct: a Chinese page's Required answers "是。" and "否。" and its types glossed in
//     full-width brackets ("String（字符串）", "Array（数组）": note_shapes_test.go), in
//     Markdown, HTML and each text layout (pipe's Chinese records, the tc ones);
//   - pdfpages: a text page as pdftotext writes a PDF export of it (pdfPages), in each text
//     layout: a form feed every 23 lines, wherever it falls (in a table, between a row's
//     cells, in the JSON example), each page opened by a running header and closed by a
//     running footer with its page number, by record, each set off by a blank line;
//   - bullets and reqdesc in Indonesian and Japanese: the items' Required words wajib and
//     opsional, a description opened by "Wajib: Ya" or "必須：はい" (text, Markdown, HTML);
//   - numheads: every section heading numbered as a Word or PDF export numbers it, by
//     record "1. Request parameters", "1.2 Request parameters", "(3) Request parameters",
//     "Step 4: Request parameters", in Chinese "二、请求参数" (numberHeadings), in each text
//     layout, Markdown and HTML;
//   - crlf: a text or Markdown page's lines ended by CR LF, or (every third record) by CR
//     alone as classic Mac OS wrote them;
//   - reqicons in the pipe text layouts (mdtable, piperow, pipe): the HTML shape's marks,
//     a text page's "√" for its icon;
//   - nosep (Markdown): the tables without their delimiter row, as some exporters write
//     them;
//   - adoc: a text page's tables in AsciiDoc, between "|===" lines, a row a line or a cell
//     a line (markupShapes);
//   - underline: a text page's section headings underlined as reStructuredText and plain
//     text exports write them, with "=", "-" or "~" by record, as wide as the heading
//     (underlineHeadings), in each text layout and in Traditional Chinese (cells.tc);
//   - lynx: a text page as lynx -dump writes its links (lynxRefs): a list's item struct
//     numbered ("Array of [3]Permission"), a link after each description ("See [4]Regions
//     and zones."), the numbered list of the addresses ("References") at the end;
//   - pdfcolumns: pdftotext -layout's text, the columns shape's aligned tables broken into
//     pages as the pdfpages shape breaks them (running headers, footers, form feeds);
//   - asciispace: the nesting shapes' depth as plain spaces, two a level (nestShapes), in
//     each text layout;
//   - numbered: the bullets shape's lists numbered ("1. ", "1) " or "(1) " by record, each
//     level counting from 1), in English and Traditional Chinese (cells.tc);
//   - cjklist (Markdown): a Chinese, Traditional Chinese or Japanese page's parameters as
//     Markdown lists ("- ", "* ", "+ ") of cjkEntry's items, a ROA parameter's location
//     among the facts ("RegionId（String，必填，查询）：text");
//   - respheads: a ROA response's table under a "Body" label, after a label "Headers" over
//     a table of one header (respHeader), by record (respHeads): in HTML an <h3>, a bold
//     paragraph ("Response headers", "Body"), an <h4> ("Response body"), a paragraph ending
//     in a colon; in Markdown "###", a bold line, "####", a line ending in a colon;
//   - s4bodylabel: the bodylabel shape in the text layouts (cells, concat, spaced, mdtable,
//     piperow): a ROA request's body parameters in a table of their own under a label
//     line ("Body", "Body:", "Request body"; "请求体", "请求体：" on a Chinese page) after
//     the table of the others (textBodyLabel), the newer pages' "body" row left out;
//   - s4markbreak (Markdown): the namebreak shape in a Markdown page's grid tables, whose
//     names are code or bold by record (mdName: "`MaxPartitio" over "nNumber`",
//     "**ClientTok*" over "*", a tree drawn before them);
//   - cells.ja+reqdesc: the reqdesc shape in the Japanese site's legacy cell-a-line dumps,
//     whose header leaves the Example column out (bareExample), each row's example before
//     its description, which opens with the Required answer ("必須：いいえ.");
//   - s4oldascii: the psqlwrapped shape in psql's old-ascii line style (\pset linestyle
//     old-ascii): a column name's next line opened by "+" in place of the blank before it,
//     a cut cell's rest on the line below after ";" in place of the separator left of it,
//     a blank there where a cell has no more text; every third record framed (border 2);
//   - u4pandoc: a text page's tables as pandoc's plain text writes simple tables (pandoc -t
//     plain of an HTML page: pandocSimple): every line of the table indented by two spaces,
//     the rest of the page not, each column's header word underlined by a run of dashes,
//     a row a line; every third record with no header rule, the header a row between a
//     rule over the table and one under it (a table with no <thead>);
//   - u4adocwrap: a text page's tables in AsciiDoc as pandoc -t asciidoc writes them
//     (markupShapes): a row a line wrapped at 72 columns, mid-cell, the line below going
//     on with the cell and opening the row's next cells ("value. |10");
//   - u4oneline: a text page's pipe tables a row a line (oneLineRows), as html2text,
//     markdownify and pandoc write them: the description on its row's line, a legacy
//     container's row one cell short, its description spanning the Example column ("|
//     Items | Array | The items. |");
//   - u4blankhead (Markdown): each table's header row blank and its column words the first
//     row under the delimiter row, as pandoc -t gfm writes a table with no <thead>
//     (blankHeaders);
//   - slslash (concat): each type word written with its OpenAPI format after "/"
//     ("String/string", "Integer/int32", "Integer/int64" for a long: slashType), as some
//     portals print types, glued to the name and the Required word ("PasswordString/stringYes");
//   - lgwords, lgcolumns, lglabels, lgboldlabels, lgbodylabel, lgrespheads, lgnumheads,
//     lgunderline, lgsamples, lgletters, lgcolheads: a page in the words of the Japanese, Indonesian and
//     Traditional Chinese sites, a language by record (lang_shapes_test.go: lgWords):
//     their section headings, column names and Required answers (名前 | 型 | 必須 | 説明 |
//     例 answered はい/いいえ, Nama | Tipe | Wajib | Deskripsi | Contoh nilai answered
//     Ya/Tidak, 名稱 | 類型 | 是否必選 | 描述 | 示例值 answered 是/否), the answers ending in
//     a full stop ("はい。", "Ya.", "是。") and the headings in a colon
//     ("リクエストパラメーター：") by record, the type cells ASCII; in each text layout,
//     Markdown and HTML; in the columns shape's aligned columns, a sentence in the page's
//     language wrapping in the description's column; with the labels, boldlabels,
//     bodylabel, respheads, numheads and underline shapes' labels in the page's language;
//     with no Examples heading, the sample's caption ("Respons sukses", "レスポンス例")
//     opening the section; with the headings letter-spaced ("請 求 參 數") or in capitals;
//     in the colheads shape's aligned columns, a Chinese or Japanese header cell wrapped
//     between two characters ("是否" over "必選");
//   - cjtype: a Chinese, Traditional Chinese or Japanese page's Type cells in its language
//     (cjk_type_shape_test.go: "字符串", "整數", "文字列", by record one of a language's
//     words), a list of a type word as the item's word and a list word ("字符串数组", "物件
//     陣列", "文字列の配列"), in each text layout (the zh ones with the Chinese site's words,
//     pipe's Chinese records), Markdown and HTML; in concat glued to the name and the
//     Required word ("RegionId字串是", "Repositories數組");
//   - pqoldascii0: the s4oldascii shape with \pset border 0: no frame and no separators, the
//     columns parted by a blank, the rule a run of dashes a column ("----- ------"), a
//     header line going on marked "+" in the blank left of each column but the first, a
//     cut cell's rest on the line below with no mark at all;
//   - pqpdfone: the pdfpages shape of a PDF export of one page (pdfPagesOf): the page's
//     running header (a header and a footer "1 > Document Version: 20240301", a footer
//     alone, or a header "> Document Version: 20240301" alone, by record) above and below
//     its whole text, which no other page repeats, and a form feed at its end;
//   - pqblock: a text page indented as a block, as pasted into an email or a Markdown code
//     block (indentBlock): every line by four spaces, a tab, or two spaces, by record, the
//     blank lines left empty or (every third record) holding the indent too;
//   - pqtblock: the pqblock shape's indentation on the lines of each parameter table
//     only, the rest of the page at the margin;
//   - pqpsqlx, pqmysqlg: a text page's tables as psql's expanded display (\x) and the
//     MySQL client's \G print them, a record a block (markupShapes);
//   - pqsqlitebox, pqsqlitetable, pqsqlitemd, pqcolumnt: a text page's tables as sqlite3's
//     box, table and markdown modes print them, and as column -t aligns them
//     (markupShapes);
//   - pqunaligned, pqorg: a text page's tables in psql's unaligned format (psql -A: bare
//     pipes, none at either end, "(N rows)") and in Emacs Org mode ("|---+---|" under the
//     header) (markupShapes);
//   - pqascii0: the psqlwrapped shape with \pset border 0 in psql's ascii and (every third
//     record) unicode line styles: no frame or separators, the rule "-----" ("─────") a
//     column, the marks after a cell's text in the blank that parts it from the next ("."
//     or "…" where its width cut it, "+" or "↵" after a column name going on);
//   - pqsqliteline, pqpslist: a text page's tables as sqlite3's line mode and PowerShell's
//     Format-List print them, a record a block, a blank line between (markupShapes);
//   - pqcsv: a text page's tables as CSV, a row a line, a cell holding a comma or a quote
//     in double quotes (markupShapes);
//   - pdorg: a text page's pipe tables as pandoc -t org writes them (orgTables): the
//     header's rule "|---+---|", each name set as verbatim ("| =RegionId= |", after a
//     tree drawn before it);
//   - s22seenresplines: a text page's response heading wrapped over two lines at its first
//     space, as a narrow column or a PDF export wraps it (splitRespHeading): "Response"
//     over "parameters" ("Parameters", "elements"), with a blank line between every third
//     record, and "返回" over "参数" ("數據"), in each text layout;
//   - s22pqunalignednl: the pqunaligned shape whose descriptions hold line breaks, a blank
//     line among them by row, as psql -A writes them: over lines of no pipe (markupShapes);
//   - s22pqpslistwrap: the pqpslist shape in a console 60, 80 or 120 columns wide (by
//     record): a long value wrapped at its words onto lines indented to the value's
//     column, a description's line breaks so too (markupShapes);
//   - s22pqwrapped: a text page's tables as psql 15's wrapped format prints them
//     (psqlPrint, checked against psql's own output by TestPsqlPrint): in a terminal 80
//     or 100 columns wide, the columns of the highest ratio of widest to average cell
//     narrowed first, never below their names (so a long name, a type "Array of Object",
//     an example and a description are cut mid-word at their column's width), in the
//     old-ascii, ascii and unicode line styles with \pset border 0, 1 and 2 (by record),
//     every third row's description holding line breaks, a blank line among them by row;
//   - s22pqexceltab: a text page's tables as a spreadsheet's "Text (tab-delimited)" export
//     writes them: cells parted by tabs, a cell holding a line break or a quote quoted
//     whole, its quotes doubled (every other row's description) (markupShapes);
//   - s22rstrst, s22rstjira, s22rstmw, s22rstdoku: a text page as a user writes it by hand
//     in reStructuredText, Jira's wiki markup, MediaWiki's wikitext and DokuWiki's
//     (wikiShapes): the title and headings in the markup's syntax (an over- and
//     underlined title, "h2.", "== X ==", "===== X ====="), the examples in its code
//     blocks, every table in its table syntax (rst's grid tables and, where no name is
//     blank, simple tables; "||h||" over "|c|"; "{|", "!", "|-", "|}"; "^ h ^" over
//     "| c |"), names set as code by record and the markup's escapes ("\*string",
//     "\[10]", "{{!}}", "%%|%%");
//   - s22txtextile: a text page in Textile as a Redmine wiki user writes it (textileShape):
//     "h1."/"h2." headings, tables under a "|_. Parameter |_. Type |" header, names as
//     "@RegionId@", the request line and the JSON example in "bc.", "bc.." or <pre> blocks;
//   - s22txtexgroup: the s22txtextile page with the group shape's tables, each group's
//     title a row of one cell spanning the table ("|\5. *Path parameters* |");
//   - s22mangroff: a text page rendered as a manual page (man_shape_test.go: manShape), its
//     tables as groff's tbl sets them: a rule under the header, cells filled into narrow
//     columns, words broken with a hyphen ("InternetChar‐" over "geType") and lines
//     justified, descriptions opening on the line below their rows; a running header and
//     footer;
//   - s22hdnarrow: a text or Markdown page's tables drawn as grids narrower than their
//     words, every row ruled, every cell wrapped within its column, the header's too, a
//     word longer than its column cut mid-word into chunks (names: "in" over "stanceId";
//     column names: "P" over "arameter"; descriptions, types, examples), by record as
//     pandoc's grid tables (Haddock's), tabulate's fancy_grid and Emacs's table.el cut and
//     draw them (narrow_grid_shape_test.go);
//   - s23pqmysqlnl: a text page's tables as the MySQL client's --table output prints them
//     (mysqlTable, as mariadb 10.11 does): a box, a row a line, but every other row's
//     description holds line breaks, a blank line among them by row, written raw, so the
//     row goes on over the lines below with its separators misaligned after the
//     description's last line (each cell padded counting a line break as one character);
//     by record the description before the Example column, and the table indented as a
//     block;
//   - s23pqboxes: a text page's tables as Python rich prints them by default (its
//     HEAVY_HEAD box: "┏━┳━┓", "┃" in the header, "┡━╇━┩" under it, "│", "└─┴─┘") and, by
//     record, in a rounded outline (tabulate's rounded_outline, lipgloss's rounded
//     border: "╭─┬─╮", "├─┼─┤", "╰─┴─╯"), a row a line (exporter_shapes_test.go);
//   - s23pqqbox: a text page's tables as sqlite3's .mode qbox prints them: the
//     pqsqlitebox shape, every value an SQL string literal ('RegionId', a pair of quotes
//     for none, a quote inside doubled) (markupShapes);
//   - s23seenoutput: a text page's response heading "Output parameters" wrapped over two
//     lines (outputRespHeading): "Output" over "parameters" ("Parameters", or a blank line
//     between), the second line alone the request's heading, in each text layout; "输出"
//     over "参数" ("輸出" over "參數") on Chinese pages;
//   - s23seennoblank: the s23seenoutput page with no blank line above the wrapped heading
//     (noBlankAbove): right under the request table's last line, its header below it;
//   - s23rstlist, s23rstcsv: the s22rstrst page whose tables are reStructuredText's list
//     and CSV tables (".. list-table::", ".. csv-table::") as a Sphinx API reference
//     writes them: options, titles, cells going on over lines, nested lists, strong names,
//     quoted fields holding commas, quotes and line breaks (rst_directive_shape_test.go);
//   - s23rsttexspan: the s22txtextile page whose every other named row's name cell spans
//     a second row that goes on with its description (textileSpanShape), as the rowspan
//     shape's HTML tables;
//   - s23manroff: a text page saved as roff source, as pandoc -t man writes it
//     (roff_shape_test.go: roffShape): ".SH"/".SS" headings, ".PP" paragraphs, every table
//     in tbl (".TS", "T{" text blocks "T}" parted by "@" or a tab, "_" or "=" under the
//     header), the code in ".nf"/".fi" or ".EX"/".EE", names in "\f[B]" or "\f[V]", the
//     escapes "\[dq]", "\e", "\-"; by record pandoc's standalone preamble (".TH");
//   - s23mancolb: the s22mangroff page piped through col -b (man_shape_test.go:
//     manColShape): its runs of blanks tabs to the terminal's stops, every 8th column, and
//     blanks after them ("Type\t Required").
//   - s24contwrap: the mdtable page whose writer wrapped each long description by adding a
//     row below its row, every other cell of it empty (cont_shape_test.go: contRows), as
//     "| | | | hangzhou, or the rest. | |".
//   - s25pqquote: a text page's tables as sqlite3's .mode quote prints them with .headers
//     on (sqliteQuote): CSV of SQL literals, the names quoted too, a string in single
//     quotes, by record a number bare and an empty cell NULL, every other row's
//     description holding raw line breaks, a blank line among them by row.
//   - s25pqjson: a text page's tables as sqlite3's .mode json prints them (sqliteJSON): a
//     JSON array of a row object a line keyed by the column names, by record a number
//     bare and an empty cell null, every other row's description holding line breaks
//     ("\n").
//   - s25mdtxt: the html Markdown page (its tables HTML blocks, as pandoc -t commonmark
//     or markdown_strict and hand-written sources keep them) saved as .txt, by record in
//     pandoc's <div role="main"> and its tables' tags one a line (mdSavedAsText).
//   - s25mdattrs: the gfm page whose headings end in an attribute block, by record
//     "{#request-parameters}", "{#request-parameters .unnumbered}", "{: #request-parameters
//     .wide data-x="a b" }", "{-}" (PHP Markdown Extra, kramdown, Hugo, MkDocs, pandoc), by
//     record inside pandoc's <div markdown="1" role="main">; as .md and saved as .txt.
//   - s25myst: the gfm page whose every table is a MyST list table, "```{list-table}"
//     (myst_shape_test.go: mystShape).
//   - s25rstcsvq: the s23rstcsv page whose csv-tables name ":quote: '" and ":escape: \"
//     (rst_directive_shape_test.go: rstCSVQuoteShape).
//   - s25wkxwiki, s25wkmuse: a text page written by hand in XWiki's syntax and in Emacs
//     Muse (xwiki_muse_shape_test.go; wikiShapes): "== X ==" headings (by record with
//     XWiki's anchor macro) and "** X"; code in "{{code}}" or "<example>"/"<src>"; tables
//     of "|=" header cells, descriptions grouped in "(((" … ")))" over two lines, "~|";
//     Muse's " || " header over " | " rows, no outer pipes, <verbatim> cells, a first
//     table with no header cells by record; names "{{code}}X{{/code}}" and "=X=".
//   - s25rfms: the s23manroff page as pandoc -t ms writes it (ms_shape_test.go: msShape):
//     ".SH 1"/".SH 2" or ".NH" headings over their text, each with its ".pdfhref"
//     bookmark and anchor (and by record its contents entry, ".XS"/".XE"), ".LP"/".PP"
//     paragraphs, tables in tbl between ".na" and ".ad" parted by tabs, the JSON example's
//     tokens highlighted ("\*[DataTypeTok "\[dq]RequestId\[dq]"]"), by record pandoc's
//     standalone preamble (".ds" defining those strings).
//   - s26sqinsert, s26sqhtml: a text page's tables as sqlite3's .mode insert ("INSERT INTO
//     "table"(Parameter,…) VALUES('RegionId',…);", a line break replace('a\nb','\n',char(10)))
//     and .mode html ("<TR>", "<TD>String</TD>" a cell a line, no <TABLE>) print them, by
//     record with .headers off (no column list, no <TH> row); s26sqquote0, s26sqtabs0,
//     s26sqlist0: .mode quote, tabs and list with .headers off, the rows alone; a table
//     with no header tells its columns by its cells (sqlite_modes_shape_test.go);
//     .mode list's rows whose every description holds a "|" of its own tell them by
//     the pieces that end a sentence, and the reader guesses the "|" is the
//     description's, as under psql -A's header (unalignedOwnPipe).
//   - s26sqkeep: the s23rstcsv page whose csv-tables name the :keepspace: flag
//     (rst_directive_shape_test.go: rstKeepSpaceShape): a field that needs quotes right
//     after its delimiter, the others after a blank, which is text, so that by record a
//     description's quotes after it are text too (` See "Regions".`).
//   - s26sqxwmono: the s25wkxwiki page whose names set as code are in XWiki's monospace,
//     "##RegionId##", in place of the code macro (xwiki_muse_shape_test.go: xwikiMono);
//     the same marks and Muse's <verbatim> and <code> in the prose, lists and headings
//     around the tables: textpage's TestWikiInlineCode.
//   - s26htfrag: an HTML page's content saved as .txt without the document around it
//     (htmlSavedAsText; htmlFragment): by record the inner HTML of its <article>, or its
//     <body>'s with <main> and <article>, as pandoc without -s or a copy of an article's
//     source keeps it: no doctype, <html>, <head>, <title> or </body>.
//
// The shapes render every 20th truth record (unseenStride) to stay within seconds;
// UNSEEN_STRIDE=n renders every nth instead, and a periodic full run renders every record:
// `UNSEEN_STRIDE=1 go test ./scrape -run TestUnseenShapes -v -timeout 60m` (minutes; add
// "/mdtable+" or another subtest pattern to -run for some shapes only).
// UNSEEN_RECORDS=1 also compares each record with itself in the unchanged convention (the
// totals let one record's loss hide behind another's gain) and fails naming the shape, the
// record (product, version, operation) and what it loses: the names its spec lacks or has
// with another type, Required answer or location, and, where it has more of them, its new
// silent misses, names not in the truth, guess and drop warnings (recordLosses):
// `UNSEEN_STRIDE=1 UNSEEN_RECORDS=1 go test ./scrape -run TestUnseenShapes -v -timeout 90m`.
// UNSEEN_SHAPES_DIR=dir writes the pages there; ACCURACY_MISSES=file lists the names missed.
var unseenShapes = []struct {
	convention string // "C+shape"
	ext        string // the reader: ".html", ".md" or ".txt"
}{
	{"glyph+words", ".html"}, {"glyph+index", ".html"}, {"glyph+extra", ".html"},
	{"glyph+bodyheader", ".html"}, {"glyph+group", ".html"}, {"glyph+values", ".html"},
	{"gfm+words", ".md"}, {"gfm+index", ".md"}, {"gfm+extra", ".md"}, {"gfm+group", ".md"},
	{"concat+words", ".txt"}, {"spaced+words", ".txt"}, {"cells+words", ".txt"},
	{"pipe+words", ".txt"}, {"piperow+words", ".txt"}, {"mdtable+words", ".txt"},
	{"piperow+index", ".txt"}, {"mdtable+index", ".txt"}, {"spaced+index", ".txt"}, {"concat+index", ".txt"},
	{"pipe+index", ".txt"}, {"cells+index", ".txt"}, {"piperow+extra", ".txt"},
	{"mdtable+extra", ".txt"}, {"concat+extra", ".txt"}, {"spaced+extra", ".txt"}, {"cells+extra", ".txt"}, {"pipe+extra", ".txt"},
	{"glyph+theadtitle", ".html"}, {"piperow+group", ".txt"}, {"mdtable+group", ".txt"},
	{"glyph+dash", ".html"}, {"gfm+dash", ".md"}, {"cells+dash", ".txt"}, {"piperow+dash", ".txt"},
	{"mdtable+dash", ".txt"},
	{"glyph+anchor", ".html"}, {"glyph+respreq", ".html"}, {"gfm+respreq", ".md"}, {"piperow+respreq", ".txt"}, {"mdtable+respreq", ".txt"},
	{"glyph+labels", ".html"}, {"dl+labels", ".html"}, {"glyph+rowspan", ".html"}, {"glyph+cellwrap", ".html"},
	{"glyph+reqicons", ".html"}, {"glyph+thfirst", ".html"}, {"glyph+wrap", ".html"}, {"glyph+secheader", ".html"},
	{"mark+cellwrap", ".html"},
	{"gfm+labels", ".md"}, {"gfm+reqicons", ".md"}, {"gfm+cellwrap", ".md"}, {"gfm+nestedhtml", ".md"}, {"gfm+deflist", ".md"},
	{"nbsp+cellwrap", ".md"}, {"list+labels", ".md"}, {"html+labels", ".md"}, {"syntax+labels", ".md"},
	{"glyph+spaces", ".html"}, {"gfm+spaces", ".md"}, {"concat+spaces", ".txt"}, {"spaced+spaces", ".txt"},
	{"cells+spaces", ".txt"}, {"pipe+spaces", ".txt"}, {"piperow+spaces", ".txt"}, {"mdtable+spaces", ".txt"},
	{"concat+blanklines", ".txt"}, {"spaced+blanklines", ".txt"}, {"cells+blanklines", ".txt"},
	{"pipe+blanklines", ".txt"}, {"piperow+blanklines", ".txt"}, {"mdtable+blanklines", ".txt"},
	{"gfm+blanklines", ".md"},
	// nesting shapes (nestShapes)
	{"glyph+branch", ".html"}, {"gfm+branch", ".md"}, {"pipe+branch", ".txt"}, {"piperow+branch", ".txt"}, {"cells+branch", ".txt"}, {"spaced+branch", ".txt"},
	{"glyph+ascii", ".html"}, {"gfm+ascii", ".md"}, {"cells+ascii", ".txt"}, {"spaced+ascii", ".txt"}, {"concat+ascii", ".txt"},
	{"glyph+angle", ".html"}, {"gfm+angle", ".md"}, {"pipe+angle", ".txt"}, {"mdtable+angle", ".txt"}, {"spaced+angle", ".txt"},
	{"glyph+chevron", ".html"}, {"gfm+chevron", ".md"}, {"piperow+chevron", ".txt"}, {"concat+chevron", ".txt"},
	{"gfm+dashes", ".md"}, {"cells+dashes", ".txt"}, {"spaced+dashes", ".txt"}, {"gfm+emdashes", ".md"}, {"concat+emdashes", ".txt"},
	{"glyph+dots", ".html"}, {"gfm+dots", ".md"}, {"mdtable+dots", ".txt"}, {"cells+dots", ".txt"},
	{"glyph+fwspace", ".html"}, {"gfm+fwspace", ".md"}, {"cells+fwspace", ".txt"}, {"mdtable+fwspace", ".txt"},
	{"glyph+nbspace", ".html"}, {"gfm+nbspace", ".md"}, {"concat+nbspace", ".txt"}, {"spaced+nbspace", ".txt"},
	{"glyph+dotpath", ".html"}, {"gfm+dotpath", ".md"},
	{"glyph+itemrow", ".html"}, {"gfm+itemrow", ".md"},
	{"spaced+inline", ".txt"},
	{"pipe+dotpath", ".txt"}, {"piperow+dotpath", ".txt"}, {"mdtable+dotpath", ".txt"},
	{"pipe+itemrow", ".txt"}, {"piperow+itemrow", ".txt"}, {"mdtable+itemrow", ".txt"},
	{"pipe+dashitem", ".txt"}, {"piperow+dashitem", ".txt"}, {"mdtable+dashitem", ".txt"},
	{"cells+dashitem", ".txt"}, {"concat+dashitem", ".txt"}, {"spaced+dashitem", ".txt"},
	{"mdtable+grid", ".txt"}, {"mdtable+box", ".txt"}, {"mdtable+psql", ".txt"}, {"mdtable+rst", ".txt"}, {"gfm+grid", ".md"},
	{"spaced+columns", ".txt"}, {"spaced+zhcolumns", ".txt"},
	{"gfm+multiline", ".md"}, {"gfm+boldlabels", ".md"}, {"zh+boldlabels", ".md"},
	{"glyph+childsections", ".html"}, {"gfm+childsections", ".md"},
	{"pipe+fwpipe", ".txt"}, {"piperow+fwpipe", ".txt"}, {"mdtable+fwpipe", ".txt"},
	{"pipe+nbspace", ".txt"}, {"piperow+nbspace", ".txt"},
	{"concat+itemrow", ".txt"},
	{"glyph+boldlabels", ".html"},
	{"pipe+gapped", ".txt"}, {"piperow+gapped", ".txt"}, {"mdtable+gapped", ".txt"},
	{"spaced+gaps", ".txt"},
	{"piperow+namealone", ".txt"},
	{"pipe+twice", ".txt"}, {"piperow+twice", ".txt"}, {"spaced+twice", ".txt"}, {"cells+twice", ".txt"},
	{"spaced+colheads", ".txt"}, {"spaced+centred", ".txt"}, {"spaced+colindex", ".txt"},
	{"mdtable+mysqlwrap", ".txt"}, {"mdtable+psqlwrap", ".txt"}, {"mdtable+gridgroup", ".txt"},
	{"gfm+gridblanks", ".md"}, {"gfm+pandocml", ".md"}, {"mdtable+pandocml", ".txt"},
	{"gfm+gridgroup", ".md"},
	{"glyph+boldwrap", ".html"},
	{"gfm+fwpipe", ".md"},
	{"glyph+spans", ".html"},
	{"nested+childrow", ".html"},
	{"cells+itemrow", ".txt"}, {"spaced+itemrow", ".txt"},
	{"piperow+namefirst", ".txt"},
	{"mdtable+psqlhead", ".txt"}, {"mdtable+psqlwrapped", ".txt"},
	{"mdtable+namebreak", ".txt"}, {"spaced+colbreak", ".txt"},
	{"gfm+psqlhead", ".md"}, {"gfm+psqlwrapped", ".md"},
	{"spaced+gapped", ".txt"},
	{"glyph+wrapheads", ".html"},
	{"glyph+bodylabel", ".html"}, {"gfm+bodylabel", ".md"},
	{"glyph+iconreq", ".html"}, {"gfm+iconreq", ".md"},
	{"glyph+details", ".html"}, {"glyph+tablewrap", ".html"}, {"glyph+sampletabs", ".html"}, {"glyph+pairdesc", ".html"},
	{"glyph+reqresp", ".html"}, {"gfm+reqresp", ".md"},
	{"gfm+pairdesc", ".md"},
	{"gfm+details", ".md"}, {"gfm+sampletabs", ".md"},
	{"glyph+swagger", ".html"},
	{"glyph+redoc", ".html"},
	{"spaced+rootheads", ".txt"}, {"spaced+rootcentred", ".txt"}, {"spaced+rootindex", ".txt"},
	{"mdtable+tabs", ".txt"},
	{"gfm+typereq", ".md"}, {"zh+typereq", ".md"}, {"glyph+typereq", ".html"},
	{"mdtable+typereq", ".txt"}, {"piperow+typereq", ".txt"}, {"pipe+typereq", ".txt"},
	{"gfm+reqdesc", ".md"}, {"zh+reqdesc", ".md"}, {"glyph+reqdesc", ".html"},
	{"mdtable+reqdesc", ".txt"}, {"piperow+reqdesc", ".txt"}, {"pipe+reqdesc", ".txt"}, {"cells+reqdesc", ".txt"}, {"concat+reqdesc", ".txt"}, {"spaced+reqdesc", ".txt"},
	{"mdtable+tabwrap", ".txt"},
	{"mdtable+wiki", ".txt"},
	{"mdtable+bullets", ".txt"}, {"spaced+bullets", ".txt"},
	{"pipe+bullets", ".txt"}, {"cells.tc+bullets", ".txt"}, {"cells.ja+bullets", ".txt"},
	{"zh+fwpunct", ".md"}, {"zh+fwpunct", ".html"}, {"pipe+fwpunct", ".txt"}, {"cells.tc+fwpunct", ".txt"}, {"concat.tc+fwpunct", ".txt"}, {"spaced.tc+fwpunct", ".txt"}, {"piperow.tc+fwpunct", ".txt"}, {"mdtable.tc+fwpunct", ".txt"},
	{"cells.id+bullets", ".txt"}, {"mdtable.id+bullets", ".txt"}, {"cells.id+reqdesc", ".txt"}, {"id+reqdesc", ".md"}, {"ja+reqdesc", ".html"},
	{"cells+numheads", ".txt"}, {"concat+numheads", ".txt"}, {"spaced+numheads", ".txt"}, {"pipe+numheads", ".txt"}, {"piperow+numheads", ".txt"}, {"mdtable+numheads", ".txt"}, {"gfm+numheads", ".md"}, {"zh+numheads", ".md"}, {"glyph+numheads", ".html"},
	{"cells+crlf", ".txt"}, {"pipe+crlf", ".txt"}, {"mdtable+crlf", ".txt"}, {"spaced+crlf", ".txt"}, {"gfm+crlf", ".md"},
	{"mdtable+reqicons", ".txt"}, {"piperow+reqicons", ".txt"}, {"pipe+reqicons", ".txt"}, {"gfm+nosep", ".md"},
	{"mdtable+adoc", ".txt"},
	{"cells+underline", ".txt"}, {"concat+underline", ".txt"}, {"spaced+underline", ".txt"}, {"pipe+underline", ".txt"}, {"piperow+underline", ".txt"}, {"mdtable+underline", ".txt"}, {"cells.tc+underline", ".txt"},
	{"cells+lynx", ".txt"}, {"spaced+lynx", ".txt"}, {"piperow+lynx", ".txt"}, {"mdtable+lynx", ".txt"}, {"pipe+lynx", ".txt"},
	{"spaced+pdfcolumns", ".txt"},
	{"mdtable+numbered", ".txt"}, {"cells.tc+numbered", ".txt"},
	{"zh+cjklist", ".md"}, {"tc+cjklist", ".md"}, {"ja+cjklist", ".md"},
	{"spaced+asciispace", ".txt"}, {"cells+asciispace", ".txt"}, {"piperow+asciispace", ".txt"}, {"mdtable+asciispace", ".txt"}, {"pipe+asciispace", ".txt"}, {"concat+asciispace", ".txt"},
	{"cells+pdfpages", ".txt"}, {"concat+pdfpages", ".txt"}, {"spaced+pdfpages", ".txt"}, {"pipe+pdfpages", ".txt"}, {"piperow+pdfpages", ".txt"}, {"mdtable+pdfpages", ".txt"},
	{"glyph+respheads", ".html"}, {"gfm+respheads", ".md"},
	{"gfm+s4markbreak", ".md"}, {"cells.ja+reqdesc", ".txt"}, {"mdtable+s4oldascii", ".txt"}, {"gfm+s4oldascii", ".md"},
	{"cells+s4bodylabel", ".txt"}, {"concat+s4bodylabel", ".txt"}, {"spaced+s4bodylabel", ".txt"}, {"mdtable+s4bodylabel", ".txt"}, {"piperow+s4bodylabel", ".txt"},
	{"mdtable+u4pandoc", ".txt"}, {"mdtable+u4adocwrap", ".txt"}, {"mdtable+u4oneline", ".txt"},
	{"gfm+u4blankhead", ".md"},
	{"concat+slslash", ".txt"},
	{"cells+lgwords", ".txt"}, {"spaced+lgwords", ".txt"}, {"pipe+lgwords", ".txt"}, {"piperow+lgwords", ".txt"},
	{"mdtable+lgwords", ".txt"}, {"concat+lgwords", ".txt"}, {"gfm+lgwords", ".md"}, {"glyph+lgwords", ".html"},
	{"spaced+lgcolumns", ".txt"},
	{"glyph+lglabels", ".html"}, {"gfm+lglabels", ".md"}, {"glyph+lgboldlabels", ".html"}, {"gfm+lgboldlabels", ".md"},
	{"glyph+lgbodylabel", ".html"}, {"gfm+lgbodylabel", ".md"}, {"glyph+lgrespheads", ".html"}, {"gfm+lgrespheads", ".md"},
	{"cells+lgbodylabel", ".txt"}, {"concat+lgbodylabel", ".txt"}, {"spaced+lgbodylabel", ".txt"}, {"mdtable+lgbodylabel", ".txt"}, {"piperow+lgbodylabel", ".txt"},
	{"cells+lgnumheads", ".txt"}, {"spaced+lgnumheads", ".txt"}, {"pipe+lgnumheads", ".txt"}, {"gfm+lgnumheads", ".md"}, {"glyph+lgnumheads", ".html"},
	{"cells+lgunderline", ".txt"}, {"concat+lgunderline", ".txt"}, {"piperow+lgunderline", ".txt"}, {"mdtable+lgunderline", ".txt"},
	{"cells+lgsamples", ".txt"}, {"concat+lgsamples", ".txt"}, {"spaced+lgsamples", ".txt"}, {"pipe+lgsamples", ".txt"},
	{"piperow+lgsamples", ".txt"}, {"mdtable+lgsamples", ".txt"},
	{"cells+lgletters", ".txt"}, {"concat+lgletters", ".txt"}, {"spaced+lgletters", ".txt"}, {"pipe+lgletters", ".txt"},
	{"piperow+lgletters", ".txt"}, {"mdtable+lgletters", ".txt"}, {"gfm+lgletters", ".md"}, {"glyph+lgletters", ".html"},
	{"spaced+lgcolheads", ".txt"},
	{"cells.zh+cjtype", ".txt"}, {"cells.ja+cjtype", ".txt"}, {"cells.tc+cjtype", ".txt"},
	{"spaced.zh+cjtype", ".txt"}, {"spaced.ja+cjtype", ".txt"}, {"spaced.tc+cjtype", ".txt"},
	{"concat.zh+cjtype", ".txt"}, {"concat.ja+cjtype", ".txt"}, {"concat.tc+cjtype", ".txt"},
	{"pipe+cjtype", ".txt"}, {"pipe.ja+cjtype", ".txt"}, {"pipe.tc+cjtype", ".txt"},
	{"mdtable.zh+cjtype", ".txt"}, {"mdtable.ja+cjtype", ".txt"}, {"mdtable.tc+cjtype", ".txt"},
	{"piperow.zh+cjtype", ".txt"}, {"piperow.ja+cjtype", ".txt"}, {"piperow.tc+cjtype", ".txt"},
	{"zh+cjtype", ".md"}, {"ja+cjtype", ".md"}, {"tc+cjtype", ".md"},
	{"zh+cjtype", ".html"}, {"ja+cjtype", ".html"}, {"tc+cjtype", ".html"},
	{"mdtable+pqoldascii0", ".txt"}, {"gfm+pqoldascii0", ".md"},
	{"cells+pqblock", ".txt"}, {"concat+pqblock", ".txt"}, {"spaced+pqblock", ".txt"}, {"pipe+pqblock", ".txt"}, {"piperow+pqblock", ".txt"}, {"mdtable+pqblock", ".txt"},
	{"pipe+pqtblock", ".txt"}, {"piperow+pqtblock", ".txt"}, {"cells+pqtblock", ".txt"}, {"concat+pqtblock", ".txt"}, {"spaced+pqtblock", ".txt"}, {"mdtable+pqtblock", ".txt"},
	{"mdtable+pqpsqlx", ".txt"}, {"mdtable+pqmysqlg", ".txt"},
	{"mdtable+pqsqlitebox", ".txt"}, {"mdtable+pqsqlitetable", ".txt"}, {"mdtable+pqsqlitemd", ".txt"}, {"mdtable+pqcolumnt", ".txt"},
	{"mdtable+pqunaligned", ".txt"}, {"mdtable+pqorg", ".txt"}, {"mdtable+pqcsv", ".txt"},
	{"mdtable+pqascii0", ".txt"}, {"gfm+pqascii0", ".md"},
	{"mdtable+pqsqliteline", ".txt"}, {"mdtable+pqpslist", ".txt"},
	{"cells+pqpdfone", ".txt"}, {"concat+pqpdfone", ".txt"}, {"spaced+pqpdfone", ".txt"}, {"pipe+pqpdfone", ".txt"}, {"piperow+pqpdfone", ".txt"}, {"mdtable+pqpdfone", ".txt"},
	{"mdtable+pdorg", ".txt"},
	{"cells+s22seenresplines", ".txt"}, {"concat+s22seenresplines", ".txt"}, {"spaced+s22seenresplines", ".txt"},
	{"pipe+s22seenresplines", ".txt"}, {"piperow+s22seenresplines", ".txt"}, {"mdtable+s22seenresplines", ".txt"},
	{"mdtable+s22pqunalignednl", ".txt"},
	{"mdtable+s22pqpslistwrap", ".txt"},
	{"mdtable+s22pqwrapped", ".txt"},
	{"mdtable+s22pqexceltab", ".txt"},
	{"mdtable+s22rstrst", ".txt"}, {"mdtable+s22rstjira", ".txt"}, {"mdtable+s22rstmw", ".txt"}, {"mdtable+s22rstdoku", ".txt"},
	{"mdtable.tc+s22rstrst", ".txt"}, {"mdtable.tc+s22rstjira", ".txt"}, {"mdtable.tc+s22rstmw", ".txt"}, {"mdtable.tc+s22rstdoku", ".txt"},
	{"mdtable+s22txtextile", ".txt"}, {"mdtable+s22txtexgroup", ".txt"},
	{"spaced+" + manShape, ".txt"},
	{"mdtable+s22hdnarrow", ".txt"}, {"gfm+s22hdnarrow", ".md"},
	{"mdtable+s23pqmysqlnl", ".txt"},
	{"mdtable+s23pqboxes", ".txt"}, {"mdtable+s23pqqbox", ".txt"},
	{"cells+s23seenoutput", ".txt"}, {"concat+s23seenoutput", ".txt"}, {"spaced+s23seenoutput", ".txt"},
	{"pipe+s23seenoutput", ".txt"}, {"piperow+s23seenoutput", ".txt"}, {"mdtable+s23seenoutput", ".txt"},
	{"cells.zh+s23seenoutput", ".txt"}, {"pipe.tc+s23seenoutput", ".txt"},
	{"cells+s23seennoblank", ".txt"}, {"concat+s23seennoblank", ".txt"}, {"spaced+s23seennoblank", ".txt"},
	{"pipe+s23seennoblank", ".txt"}, {"piperow+s23seennoblank", ".txt"}, {"mdtable+s23seennoblank", ".txt"},
	{"cells.zh+s23seennoblank", ".txt"}, {"pipe.tc+s23seennoblank", ".txt"},
	{"mdtable+s23rstlist", ".txt"}, {"mdtable+s23rstcsv", ".txt"}, {"mdtable.tc+s23rstlist", ".txt"}, {"mdtable.tc+s23rstcsv", ".txt"},
	{"mdtable+s23rsttexspan", ".txt"},
	{"mdtable+" + roffShape, ".txt"},
	{"spaced+" + manColShape, ".txt"},
	{"mdtable+" + contShape, ".txt"},
	{"mdtable+s25pqquote", ".txt"},
	{"mdtable+s25pqjson", ".txt"},
	{"html+s25mdtxt", ".txt"},
	{"gfm+s25mdattrs", ".md"}, {"gfm+s25mdattrs", ".txt"},
	{"gfm+" + mystShape, ".md"},
	{"mdtable+" + rstCSVQuoteShape, ".txt"}, {"mdtable.tc+" + rstCSVQuoteShape, ".txt"},
	{"mdtable+" + xwikiShape, ".txt"}, {"mdtable+" + museShape, ".txt"}, {"mdtable.tc+" + xwikiShape, ".txt"}, {"mdtable.tc+" + museShape, ".txt"},
	{"mdtable+" + msShape, ".txt"},
	{"mdtable+s26sqinsert", ".txt"}, {"mdtable+s26sqhtml", ".txt"}, {"mdtable+s26sqquote0", ".txt"},
	{"mdtable+s26sqtabs0", ".txt"}, {"mdtable.tc+s26sqinsert", ".txt"}, {"mdtable+s26sqlist0", ".txt"},
	{"mdtable+" + rstKeepSpaceShape, ".txt"}, {"mdtable.tc+" + rstKeepSpaceShape, ".txt"},
	{"mdtable+" + xwikiMonoShape, ".txt"}, {"mdtable.tc+" + xwikiMonoShape, ".txt"},
	{"glyph+s26htfrag", ".txt"}, {"dl+s26htfrag", ".txt"}, {"nested+s26htfrag", ".txt"}, {"mark+s26htfrag", ".txt"},
	{"zh+s26htfrag", ".txt"},
}

// mdSavedAsText are the shapes of a Markdown convention whose pages are saved under a .txt
// name: rendered and scored as the Markdown page, read from a text file.
var mdSavedAsText = map[string]bool{"s25mdtxt": true, "s25mdattrs": true}

// htmlSavedAsText are the shapes of an HTML convention whose pages are saved under a .txt
// name: rendered and scored as the HTML page, read from a text file.
var htmlSavedAsText = map[string]bool{"s26htfrag": true}

// unseenGuesses are the shapes whose layout cannot show where each cell of a row ends, or
// that leave unsaid what the unchanged convention shows, and why: there a guess warning
// names each row so read, and the shape may add them.
var unseenGuesses = map[string]string{
	"spaced+extra":             `an integer's "- 1 to 100 10" under Default value, Valid values, Example, its description below`,
	"concat+itemrow":           `an item row "itemsObject" in a table of Go types ("*string"): "items" and "Object", or a name with no type`,
	"mdtable+namebreak":        `a name cut where a word of it starts ("InstanceCharge" over "Type"): one name cut at the column's width, or a row of its own`,
	"spaced+colbreak":          `a name cut where a word of it starts ("InstanceCharge" over "Type"): one name cut at the column's width, or a row of its own`,
	"gfm+s4markbreak":          `a name cut where a word of it starts ("**InstanceCharge" over "Type**"): one name cut at the column's width, or a row of its own`,
	"glyph+swagger":            `a request table of optional parameters only shows no required mark, so nothing says it is read right`,
	"glyph+redoc":              `a request table of optional parameters only shows no required mark, so nothing says it is read right`,
	"gfm+typereq":              onlyRequiredMarked,
	"zh+typereq":               onlyRequiredMarked,
	"glyph+typereq":            onlyRequiredMarked,
	"mdtable+typereq":          onlyRequiredMarked,
	"piperow+typereq":          onlyRequiredMarked,
	"pipe+typereq":             onlyRequiredMarked,
	"mdtable+pqunaligned":      unalignedOwnPipe,
	"mdtable+s22pqunalignednl": unalignedOwnPipe,
	"mdtable+s26sqlist0":       unalignedOwnPipe,
	"mdtable+s22pqwrapped":     `psql's old-ascii line style with \pset border 0 marks no cut: a name cut where a word of it starts ("PhysicalConnection" over "Set") reads as a row of its own too`,
}

// unalignedOwnPipe is why the pqunaligned shapes may add guesses.
const unalignedOwnPipe = `a description's own "|" ("Format: key|value."), which psql's unaligned format writes as bare as its separators: a row of one cell too many reads it inside the description`

// onlyRequiredMarked is why the typereq shape may add guesses: its third form marks the
// required rows only.
const onlyRequiredMarked = `a table that marks only its required rows ("String (required)") and has none: its rows read as optional, named in a guess`

// unseenStride is the default of UNSEEN_STRIDE: the shapes render every unseenStride-th
// record, which keeps the test (each shape and each unchanged convention once) within a
// minute.
const unseenStride = 20

// unseenStrideEnv is the stride UNSEEN_STRIDE sets (unseenStride when unset): 1 renders
// every record, for a periodic full run that finds what the sample misses. A value that is
// no whole number of at least 1 fails the test rather than run another stride unnoticed.
func unseenStrideEnv(t *testing.T) int {
	v := os.Getenv("UNSEEN_STRIDE")
	if v == "" {
		return unseenStride
	}
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n < 1 {
		t.Fatalf("UNSEEN_STRIDE=%q: want a whole number of at least 1 (1 renders every truth record; unset, every %dth)", v, unseenStride)
	}
	return n
}

func TestUnseenShapes(t *testing.T) {
	stride := unseenStrideEnv(t)
	records := everyNth(truthRecords(t), 5%stride, stride)
	dir := os.Getenv("UNSEEN_SHAPES_DIR")
	defer openMissLog(t)()
	render := func(convention, ext string) func(int, *htmlTruthRecord) []byte {
		return func(seq int, r *htmlTruthRecord) []byte {
			switch ext {
			case ".html":
				return renderTruthPage(convention, seq, r)
			case ".md":
				return renderMDTruthPage(convention, seq, r)
			}
			return renderTextTruthPage(convention, seq, r)
		}
	}
	perRecord := os.Getenv("UNSEEN_RECORDS") != ""
	type scored struct {
		total *accCount
		each  []accCount // record by record (UNSEEN_RECORDS), else nil
	}
	bases := map[string]scored{}
	for _, s := range unseenShapes {
		t.Run(s.convention, func(t *testing.T) {
			base, shape, _ := strings.Cut(s.convention, "+")
			ext := s.ext // the renderer's; s.ext names the file
			if mdSavedAsText[shape] && ext == ".txt" {
				ext = ".md"
			}
			if htmlSavedAsText[shape] && ext == ".txt" {
				ext = ".html"
			}
			bs, ok := bases[base+ext]
			if !ok {
				bs.each = recordTallies(perRecord, len(records))
				bs.total = scoreCopiedPages(t, records, dir, base+ext, render(base, ext), nil, bs.each)
				bases[base+ext] = bs
			}
			b, each := bs.total, recordTallies(perRecord, len(records))
			c := scoreCopiedPages(t, records, dir, s.convention+s.ext, render(s.convention, ext), func(seq int, page []byte) []byte {
				return copiedPage(shape, s.ext, seq, page)
			}, each)
			if perRecord {
				reportRecordLosses(t, s.convention+s.ext, records, each, bs.each, unseenGuesses[s.convention] != "")
			}
			figures := []struct {
				what   string
				got, b float64
			}{
				{"recall", c.recall(), b.recall()}, {"type", c.typeRate(), b.typeRate()},
				{"required", rate(c.reqOK, c.reqHit), rate(b.reqOK, b.reqHit)},
				{"location", rate(c.locOK, c.locN), rate(b.locOK, b.locN)},
			}
			var line []string
			for _, f := range figures {
				line = append(line, fmt.Sprintf("%s %5.1f%% (unchanged %5.1f%%)", f.what, f.got, f.b))
				if f.got < f.b-0.05 {
					t.Errorf("%s: %s %.1f%% is below the unchanged convention's %.1f%%", s.convention, f.what, f.got, f.b)
				}
			}
			t.Logf("%-18s pages %d ok %d | %s | warnings %d guess %d drop | silent %d (unchanged %d)",
				s.convention, c.pages, c.ok, strings.Join(line, " | "), c.guess, c.drop, c.silent, b.silent)
			if c.ok < b.ok || c.spurious > b.spurious || c.guess > b.guess && unseenGuesses[s.convention] == "" || c.drop > b.drop || c.silent > b.silent {
				t.Errorf("%s: %d pages read, %d names not in the truth, %d guess and %d drop warnings, %d silent misses; unchanged %d, %d, %d, %d, %d",
					s.convention, c.ok, c.spurious, c.guess, c.drop, c.silent, b.ok, b.spurious, b.guess, b.drop, b.silent)
			}
		})
	}
}

// recordTallies is a tally for each of n records when perRecord is set (UNSEEN_RECORDS),
// for scoreCopiedPages to fill; nil otherwise.
func recordTallies(perRecord bool, n int) []accCount {
	if !perRecord {
		return nil
	}
	return make([]accCount, n)
}

// reportRecordLosses fails t for each record that scores lower in the shape (got) than in
// its unchanged convention (base), naming the record and what it loses (recordLosses): the
// totals let one record's loss hide behind another's gain.
func reportRecordLosses(t *testing.T, shape string, records []htmlTruthRecord, got, base []accCount, guessesOK bool) {
	t.Helper()
	n := 0
	for i := range records {
		if lost := recordLosses(got[i], base[i], guessesOK); len(lost) > 0 {
			n++
			r := &records[i]
			t.Errorf("%s: %s %s %s scores below the convention: %s", shape, r.Product, r.Version, r.Operation, strings.Join(lost, "; "))
		}
	}
	t.Logf("%s: %d of %d records score below the convention", shape, n, len(records))
}

// recordLosses lists what one record's page scores below the same record's page in the
// unchanged convention (b), each kind with the names it concerns ("lost 2: resp Data.Id,
// resp Data.Name"): its page failed; truth names both pages show that the shape's spec
// lacks, or has with another type, Required answer or location (name by name, so a name
// lost is one even where another is won); where it has more of them, the silent misses,
// names not in the truth, guess (unless guessesOK: unseenGuesses) and drop warnings that
// the convention's page has not.
func recordLosses(c, b accCount, guessesOK bool) []string {
	var out []string
	if c.ok < b.ok {
		out = append(out, "page failed")
	}
	kinds := []struct {
		what     string
		bit      nameScore
		lostOnly bool // a lost name's type, Required answer and location go unsaid
	}{{"lost", nameHit, false}, {"type", nameTypeOK, true}, {"required", nameReqOK, true}, {"location", nameLocOK, true}}
	for _, k := range kinds {
		var names []string
		for _, name := range slices.Sorted(maps.Keys(b.detail.names)) {
			cs, shown := c.detail.names[name]
			if b.detail.names[name]&k.bit != 0 && shown && cs&k.bit == 0 && (!k.lostOnly || cs&nameHit != 0) {
				names = append(names, name)
			}
		}
		out = appendNames(out, k.what, names)
	}
	for _, k := range []struct {
		what string
		bit  nameScore
		more bool
	}{{"silent", nameSilent, c.silent > b.silent}, {"not in the truth", nameSpurious, c.spurious > b.spurious}} {
		if !k.more { // rows placed by row order on both pages trade such names
			continue
		}
		var names []string
		for _, name := range slices.Sorted(maps.Keys(c.detail.names)) {
			if c.detail.names[name]&k.bit != 0 && b.detail.names[name]&k.bit == 0 {
				names = append(names, name)
			}
		}
		out = appendNames(out, k.what, names)
	}
	for _, k := range []struct {
		kind string
		more bool
	}{{"guess", c.guess > b.guess && !guessesOK}, {"drop", c.drop > b.drop}} {
		if k.more {
			out = appendNames(out, k.kind+" warnings", newWarnings(c.detail.warnings, b.detail.warnings, k.kind+": "))
		}
	}
	return out
}

// newWarnings are the warnings of got of a kind (its prefix, "guess: ") that base does
// not have as often, without the prefix.
func newWarnings(got, base []string, kind string) []string {
	left := map[string]int{}
	for _, w := range base {
		left[w]++
	}
	var out []string
	for _, w := range got {
		if left[w] > 0 {
			left[w]--
		} else if msg, ok := strings.CutPrefix(w, kind); ok {
			if r := []rune(msg); len(r) > 160 { // enough to tell the warning
				msg = string(r[:160]) + "…"
			}
			out = append(out, msg)
		}
	}
	return out
}

// appendNames appends "what N: a, b, …" to out when names is not empty, the first few
// names only.
func appendNames(out []string, what string, names []string) []string {
	const few = 8
	if len(names) == 0 {
		return out
	}
	s := fmt.Sprintf("%s %d: %s", what, len(names), strings.Join(names[:min(len(names), few)], ", "))
	if len(names) > few {
		s += ", …"
	}
	return append(out, s)
}

// setShape sets the page's shape of unseenShapes; the words shape sets the header words
// (headerWordSets, by record).
func (p *truthPage) setShape(shape string) {
	if shape == rstCSVQuoteShape || shape == rstKeepSpaceShape {
		shape = rstCSVShape // drawn alike; copiedPage changes its quotes
	}
	if shape == xwikiMonoShape {
		shape = xwikiShape // drawn alike; copiedPage sets its names as code
	}
	if base, ok := rootShapes[shape]; ok {
		shape, p.rootRow = base, true
	}
	if base, ok := lgShapes[shape]; ok { // a shape in the words of another site (lgWords)
		p.w, p.lg = lgWords(p.seq, shape), true
		shape = or(base, shape)
		if shape == "bodylabel" && p.text {
			shape = "s4bodylabel" // the text layouts' body label
		}
	}
	if shape == "s4markbreak" {
		shape = "namebreak" // drawn alike; the Markdown page's names are marked
	}
	if shape == "s4oldascii" {
		shape, p.oldASCII = "psqlwrapped", true // psqlwrapped's tables in old-ascii's marks
	}
	if shape == "pqoldascii0" {
		shape, p.oldASCII, p.psqlBorder0 = "psqlwrapped", true, true // and no frame or separators
	}
	if shape == "pqascii0" {
		shape, p.psqlBorder0 = "psqlwrapped", true // psql's ascii line style with no frame or separators
	}
	p.shape = shape
	if shape == "numheads" {
		p.numberHeadings()
	}
	if shape == "underline" {
		p.underlineHeadings()
	}
	if shape == "s22seenresplines" {
		p.splitRespHeading()
	}
	if shape == "s23seenoutput" || shape == "s23seennoblank" {
		p.outputRespHeading()
	}
	if wikiShapes[shape] {
		p.wikiHeadings()
	}
	if p.textile() {
		p.textileHeadings()
	}
	if shape == "zhcolumns" || (shape == "centred" || shape == "colindex") && p.seq%4 == 2 {
		p.w = zhWords
	}
	if p.lg || shape != "words" && shape != "wrapheads" && !p.wrapsHeader() && !p.psqlHeadLines() && !(shape == "columns" && p.seq%4 == 3) { // header words of several words in columns
		return
	}
	ws := headerWordSets[p.seq%len(headerWordSets)]
	if ws.base != nil {
		p.w = *ws.base
	}
	for i, f := range []*string{&p.w.name, &p.w.typ, &p.w.required, &p.w.example, &p.w.description, &p.w.yes, &p.w.no} {
		if ws.words[i] != "" {
			*f = ws.words[i]
		}
	}
}

// rootShapes are the shapes that are a columns shape with the response's root row.
var rootShapes = map[string]string{"rootheads": "colheads", "rootcentred": "centred", "rootindex": "colindex"}

// headerWordSets are the words shape's header words: a base word set (nil: the page's),
// then the name, type, Required, example and description columns and the Required answers
// yes and no ("" keeps the base's).
var headerWordSets = []struct {
	base  *pageWords
	words [7]string
}{
	{nil, [7]string{"Parameter name", "Data type", "Mandatory", "Sample value", "Remarks", "Yes", "No"}},
	{nil, [7]string{"Parameter Name", "Parameter Type", "Required/Optional", "Example Value", "Description", "Required", "Optional"}},
	{&zhWords, [7]string{"参数名称", "数据类型", "是否必须", "示例", "说明"}},
	{&zhWords, [7]string{"参数名", "参数类型", "必选/可选", "样例值", "备注", "必选", "可选"}},
	{nil, [7]string{"Param name", "Param Type", "Mandatory/Optional", "Example values", "Description", "Mandatory", "Optional"}},
	{nil, [7]string{"Property name", "Field type", "Required", "Example", "Remarks"}},
	{&zhWords, [7]string{"字段名", "字段类型", "是否必填", "举例", "字段说明"}},
	{&jaWords, [7]string{"パラメータ名", "データ型", "必須/オプション", "サンプル値", "", "必須", "オプション"}},
	{&idWords, [7]string{"Nama parameter", "Tipe data", "Wajib/Opsional", "", "", "Wajib", "Opsional"}},
	{nil, [7]string{"Name", "Data type", "Required", "Sample data", "Details"}},
	{nil, [7]string{"Field name", "Value type", "Mandatory", "Example value", "Meaning", "Yes", "No"}},
	{&zhWords, [7]string{"参数名称", "取值类型", "是否必填", "参考值", "详细说明"}},
	{&zhWords, [7]string{"字段名", "数据类型", "是否必选", "示例数据", "释义"}},
	{&tcWords, [7]string{"參數名稱", "取值類型", "是否必填", "參考值", "詳細說明"}},
	{&jaWords, [7]string{"パラメータ名", "データ型", "必須", "値の例", "詳細"}},
	{&idWords, [7]string{"Nama parameter", "Tipe nilai", "Wajib", "Contoh nilai", "Catatan"}},
}

// numbered is a table's header cols, with the index shape's row-number column first; it
// starts the table's row count.
func (p *truthPage) numbered(cols []string) []string {
	p.rowNo = 0
	if !p.indexed() {
		return cols
	}
	word := [...]string{"No.", "#", "No."}[p.seq%3]
	if p.w.lang == "zh" {
		word = "序号"
	}
	return append([]string{word}, cols...)
}

// indexed reports whether the page's tables have a row-number column (index, colindex).
func (p *truthPage) indexed() bool { return p.shape == "index" || p.shape == "colindex" }

// indexCell is the next row's number cell, ok in the index shape only.
func (p *truthPage) indexCell() (string, bool) {
	if !p.indexed() {
		return "", false
	}
	p.rowNo++
	return fmt.Sprint(p.rowNo), true
}

// numberedRow is a row's cells, with the index shape's row number first.
func (p *truthPage) numberedRow(cells []string) []string {
	if n, ok := p.indexCell(); ok {
		return append([]string{n}, cells...)
	}
	return cells
}

// extraColumns are the extra shape's columns of a request table, by record: a Default
// column, a Valid values column, and every third record a note column.
func (p *truthPage) extraColumns(req bool) []string {
	if p.shape != "extra" && p.shape != "inline" && p.shape != "gaps" || !req {
		return nil
	}
	sets := [][]string{{"Default value", "Valid values"}, {"Default", "Allowed values", "Constraints"}, {"Default value", "Value range"}}
	if p.w.lang == "zh" {
		sets = [][]string{{"默认值", "取值范围"}, {"默认值", "可选值", "限制条件"}, {"缺省值", "枚举值"}}
	}
	return sets[p.seq%len(sets)]
}

// extraCells are a request row's cells of the extra columns: "-" where a cell states
// nothing, a range of an integer's values, and a note on a string's length.
func (p *truthPage) extraCells(req bool, n accNode) []string {
	cols := p.extraColumns(req)
	if cols == nil {
		return nil
	}
	cells := []string{"-", "-", "-"}[:len(cols)]
	switch t := p.typeWord(n.DocType); {
	case strings.EqualFold(t, "integer"):
		cells[1] = "1 to 100"
	case strings.EqualFold(t, "string") && len(cells) > 2:
		cells[2] = "Up to 64 characters."
	}
	return cells
}

// bodyHeader opens a table whose header is its first <tbody> row of bold <td> cells.
func (p *truthPage) bodyHeader(cols []string) {
	open, end := "<strong>", "</strong>"
	if p.seq%2 == 1 {
		open, end = "<p><b>", "</b></p>"
	}
	p.f("<tbody>\n<tr>")
	for _, c := range cols {
		p.f("<td>%s%s%s</td>", open, esc(c), end)
	}
	p.f("</tr>\n")
}

// groupTable writes a parameter table under a row spanning it that names it, a ROA
// request's parameters (position) grouped by location under spanning rows instead.
func (p *truthPage) groupTable(nodes []accNode, req, position bool) {
	parts := []locationPart{{"", nodes}}
	if req && position {
		parts, position = locationParts(nodes), false
	}
	p.tableStart(req, false)
	span := len(p.columns(req, false, true))
	for _, part := range parts {
		p.f("<tr><td colspan=\"%d\"><strong>%s</strong></td></tr>\n", span, esc(p.groupTitle(req, part.in)))
		for _, r := range p.tableRows(part.nodes, req) {
			p.row(p.cells(req, position, r.n, r.in), r, req && r.n.Required)
		}
	}
	p.tableEnd()
}

// mdGroups writes the rows of a Markdown table as groupTable does, a group's title row
// one bold cell and the others empty; byLocation groups a request's rows by location.
func (p *truthPage) mdGroups(nodes []accNode, req, byLocation bool, span int) {
	parts := []locationPart{{"", nodes}}
	if byLocation {
		parts = locationParts(nodes)
	}
	for _, part := range parts {
		title := make([]string, span)
		title[0] = "**" + p.groupTitle(req, part.in) + "**"
		p.pipeRow(title)
		p.mdRows(part.nodes, req, false, false)
	}
}

// groupTitle names a group of rows: the location's section, or the table's.
func (p *truthPage) groupTitle(req bool, in string) string {
	switch {
	case in != "":
		return p.w.sections[in]
	case req:
		return p.w.reqParams
	}
	return p.w.respParams
}

// gapCells is a gaps row's cells with the extra columns' blank cells ("-") left empty.
func gapCells(cells []string) []string {
	out := slices.Clone(cells)
	for k, c := range out {
		if c == "-" {
			out[k] = ""
		}
	}
	return out
}

// blankExample is an Example cell e as the dash shape fills an empty one: "-".
func (p *truthPage) blankExample(e string) string {
	if e == "" && p.shape == "dash" {
		return "-"
	}
	return e
}

// textGroups writes the rows of a text page's table under group rows (the group shape): a
// ROA request's by location, else all under one naming the table; a group row is the
// title in the name cell and the others empty.
func (p *truthPage) textGroups(nodes []accNode, req bool) {
	parts := []locationPart{{"", nodes}}
	if req && p.roa && !p.position() {
		parts = locationParts(nodes)
	}
	width := len(p.textColumns(req))
	for _, part := range parts {
		cells := make([]string, width)
		cells[0] = p.groupTitle(req, part.in)
		switch p.variant {
		case "mdtable":
			cells[0] = "**" + cells[0] + "**"
			if !p.gridRow(cells) {
				p.f("| %s |\n", strings.Join(cells, " | "))
			}
		default:
			p.f("%s\n", pipeLine(cells, false, " "))
		}
		p.textRows(part.nodes, req, false)
	}
}

// descriptionHTML is a description cell's content; in the values shape a string's lists
// its valid values.
func (p *truthPage) descriptionHTML(n accNode) string {
	d := "<p>" + esc(describe(n)) + "</p>"
	if p.shape == "cellwrap" { // lines broken by <br>, a wrapper of no meaning
		d = "<p>" + esc(describe(n)) + "<br>" + [...]string{"Valid values: any.", "<span>Case-sensitive.</span>", "See <a href=\"#x\">the guide</a>."}[p.seq%3] + "</p>"
	}
	if p.shape == "values" && n.DocType == "string" && n.Name != "" {
		d += "<p>Valid values:</p><ul><li><code>on</code>: enabled.</li><li><code>off</code>: disabled.</li></ul>"
	}
	return d
}

// h2 writes a section heading: an <h2>; in the secheader shape an <h2> in the <header> of
// a <section> that holds the section; in the labels shape a block that is no heading
// element, by record: a bold paragraph, a <div class="title">, a paragraph ending in a
// colon, a numbered bold paragraph, or the term of a <dl> whose <dd> holds the section.
func (p *truthPage) h2(text string) {
	p.f("%s", p.sectionEnd)
	p.sectionEnd = ""
	switch p.shape {
	case "secheader":
		p.f("<section><header><h2>%s</h2></header>\n", text)
		p.sectionEnd = "</section>\n"
		return
	case "boldlabels": // <strong> or <b>, by record
		tag := []string{"strong", "b"}[p.seq%2]
		p.f("<p><%s>%s</%s></p>\n", tag, esc(text), tag)
		return
	case "boldwrap":
		p.boldWrapped(text)
		return
	case "details":
		p.detailsOpen(text)
		return
	case "labels":
	default:
		p.f("<h2>%s</h2>\n", text)
		return
	}
	p.sections++
	switch p.seq % 5 {
	case 0:
		p.f("<p><strong>%s</strong></p>\n", esc(text))
	case 1:
		p.f("<div class=\"title\">%s</div>\n", esc(text))
	case 2:
		p.f("<p>%s:</p>\n", esc(text))
	case 3:
		p.f("<p><b>%d. %s</b></p>\n", p.sections, esc(text))
	default:
		p.f("<dl class=\"section\"><dt>%s</dt><dd>\n", esc(text))
		p.sectionEnd = "</dd></dl>\n"
	}
}

// boldWrapped writes a section heading as the boldwrap shape does, by record: a bold
// label that is no whole paragraph of its own (a bold run before a colon, bold in a
// <span> in a <p>, a <span> block, a bold run opening a <div> that holds the section), an
// item of a list (alone, or holding the section), or the cell of a layout table whose
// next row's cell holds the section.
func (p *truthPage) boldWrapped(text string) {
	t := esc(text)
	switch p.seq % 7 {
	case 0:
		p.f("<p><strong>%s</strong>:</p>\n", t)
	case 1:
		p.f("<p><span class=\"bold\"><b>%s</b></span></p>\n", t)
	case 2:
		p.f("<span class=\"title\"><strong>%s</strong></span>\n", t)
	case 3:
		p.f("<div class=\"section\"><strong>%s</strong>\n", t)
		p.sectionEnd = "</div>\n"
	case 4:
		p.f("<ul><li><strong>%s</strong></li></ul>\n", t)
	case 5:
		p.f("<ol><li><p><b>%s</b></p>\n", t)
		p.sectionEnd = "</li></ol>\n"
	default:
		p.f("<table class=\"layout\"><tr><td><strong>%s</strong></td></tr>\n<tr><td>\n", t)
		p.sectionEnd = "</td></tr></table>\n"
	}
}

// spannedHeader writes the spans shape's table header over two rows: the last two columns
// (description and example, in either order) under a cell spanning them ("Details"), the
// other columns' cells spanning both rows.
func (p *truthPage) spannedHeader(cols []string) {
	k := len(cols) - 2
	p.f("<thead><tr>")
	for _, c := range cols[:k] {
		p.f("<th rowspan=\"2\">%s</th>", esc(c))
	}
	p.f("<th colspan=\"2\">%s</th></tr>\n<tr><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n",
		[...]string{"Details", "Documentation", "More"}[p.seq%3], esc(cols[k]), esc(cols[k+1]))
}

// childRow writes the childrow shape's row holding the table of a parameter's children
// (nodes), after the parameter's row: one cell spanning the table, or (every other record)
// an empty name cell and one spanning the other columns.
func (p *truthPage) childRow(nodes []accNode, req, position bool) {
	span := len(p.columns(req, position, true))
	if p.seq%2 == 0 {
		p.f("<tr><td colspan=\"%d\">", span)
	} else {
		p.f("<tr><td></td><td colspan=\"%d\">", span-1)
	}
	p.tableStart(req, false)
	p.nestedRows(nodes, req, false)
	p.tableEnd()
	p.f("</td></tr>\n")
}

// wrapOpen opens what the wrap shape puts around a table, by record: a <div
// class="table-wrap">, a <figure> (its caption after the table), or two <div>s.
func (p *truthPage) wrapOpen() {
	if p.shape == "tablewrap" {
		p.tableWrapOpen()
		return
	}
	if p.shape != "wrap" {
		return
	}
	p.f("%s\n", [...]string{`<div class="table-wrap">`, `<figure class="table">`, `<div class="table-container"><div class="scroll">`}[p.seq%3])
}

// tableEnd closes a table (and its body), and what the wrap shape put around it.
func (p *truthPage) tableEnd() {
	p.f("</tbody>\n</table>\n")
	if p.shape == "tablewrap" {
		p.f("%s\n", [...]string{"</div>", "</div></div>", "</div>"}[p.seq%3])
	}
	if p.shape == "wrap" {
		p.f("%s\n", [...]string{"</div>", "<figcaption>Table 1</figcaption></figure>", "</div></div>"}[p.seq%3])
	}
}

// wrapCell is a cell's content as the cellwrap shape writes it, by kind ("name", "type",
// "required", "example"): in a <p>, a <span> or a <code>, by record.
func (p *truthPage) wrapCell(kind, s string) string {
	if p.shape != "cellwrap" || s == "" {
		return s
	}
	switch kind + fmt.Sprint(p.seq%3) {
	case "name0", "type1", "example2":
		return `<p><span class="param">` + s + "</span></p>"
	case "type0", "example1":
		return "<p><code>" + s + "</code></p>"
	case "name1", "required2":
		return "<span>" + s + "</span>"
	}
	return "<p>" + s + "</p>"
}

// nameCell is a row's name cell (td its opening tag, s its content) and the row written
// after it: in the thfirst shape a <th>, in the rowspan shape every other named row's name
// spans a second row of one cell that continues the description.
func (p *truthPage) nameCell(td, s, name string) (cell, after string) {
	switch {
	case p.shape == "thfirst":
		return `<th scope="row">` + s + "</th>", ""
	case p.shape == "rowspan" && name != "" && p.rowNo%2 == 0:
		p.rowNo++
		more := [...]string{"Valid values: any value of the type.", "<p>Note:</p><p>The value is case-sensitive.</p>"}[p.seq%2]
		return strings.TrimSuffix(td, ">") + ` rowspan="2">` + s + "</td>",
			fmt.Sprintf("<tr><td colspan=\"%d\">%s</td></tr>\n", p.width-1, more)
	case p.shape == "rowspan" && name != "":
		p.rowNo++
	}
	return td + s + "</td>", ""
}

// requiredIcon is a Required cell in the reqicons shape: a check mark or a cross, an icon
// (<img> with alt text; "√" on a text page), a word, by record.
func (p *truthPage) requiredIcon(b bool) string {
	words := [...][2]string{{"✓", ""}, {"✔", "×"}, {`<img src="check.png" alt="Yes">`, ""}, {"Required", "Optional"}, {"必填", "选填"}, {"✔", "-"}}[p.seq%6]
	if p.text && p.seq%6 == 2 { // a text page has no icon: a check mark of its own
		words = [2]string{"√", ""}
	}
	if b {
		return words[0]
	}
	return words[1]
}

// mdLabel writes a Markdown section heading as the labels shape does, by record: a bold
// line, an ATX heading ending in a colon, a numbered ATX heading, a line ending in a
// colon, or an item of a numbered list.
func (p *truthPage) mdLabel(level int, text string) {
	p.sections++
	switch p.seq % 5 {
	case 4:
		p.f("%d. %s\n\n", p.sections, text)
	case 0:
		p.f("**%s**\n\n", text)
	case 1:
		p.f("%s %s:\n\n", strings.Repeat("#", level), text)
	case 2:
		p.f("%s %d. %s\n\n", strings.Repeat("#", level), p.sections, text)
	default:
		p.f("%s:\n\n", text)
	}
}

// inlineTable is, in the nestedhtml shape, a Markdown cell's HTML table of a parameter's
// children (nested tables of theirs in their description cells) on one line, as
// HTML-to-Markdown converters keep a table GFM cannot nest; "" otherwise.
func (p *truthPage) inlineTable(nodes []accNode, req bool) string {
	if p.shape != "nestedhtml" || len(nodes) == 0 {
		return ""
	}
	q := &truthPage{w: p.w, variant: "nested", spell: p.spell, seq: p.seq, roa: p.roa}
	q.tableStart(req, false)
	q.nestedRows(nodes, req, false)
	q.tableEnd()
	return " " + strings.ReplaceAll(q.b.String(), "\n", "")
}

// mdDefList writes parameters as a Markdown definition list (PHP Markdown Extra, Pandoc):
// the name on a line, then ": Type, required. text"; children indented four spaces below.
func (p *truthPage) mdDefList(nodes []accNode, req bool, indent string) {
	for _, n := range nodes {
		name := [...]string{"**" + n.Name + "**", "`" + n.Name + "`", n.Name}[p.seq%3]
		p.f("%s%s\n%s: %s%s. %s\n\n", indent, name, indent, p.mdType(n), requiredWord(req, n.Required), describe(n))
		if len(n.Children) > 0 {
			p.mdDefList(n.Children, req, indent+"    ")
		}
	}
}

// lookalikeBars is a text page with the cell separators of its tables written as the
// fwpipe shape writes them, by record: "｜", every other one of a line "｜", or "¦". A
// separator is a "|" with a space, a line's end or another "|" beside it.
func lookalikeBars(s string, seq int) string {
	bar := [...]string{"｜", "｜", "¦"}[seq%3]
	var b strings.Builder
	for _, l := range strings.SplitAfter(s, "\n") {
		n := 0
		for i := 0; i < len(l); i++ {
			if l[i] != '|' || i > 0 && i+1 < len(l) && !strings.ContainsRune(" \n|", rune(l[i-1])) && !strings.ContainsRune(" \n|", rune(l[i+1])) {
				b.WriteByte(l[i])
				continue
			}
			if n++; seq%3 == 1 && n%2 == 1 {
				b.WriteByte('|')
			} else {
				b.WriteString(bar)
			}
		}
	}
	return b.String()
}

// unicodeSpaces and zeroWidths are the spaces and invisible characters of the spaces shape,
// one each by record: no-break, ideographic, en and narrow no-break spaces; zero-width
// space, non-joiner and joiner, word joiner and a byte-order mark inside the text.
var (
	unicodeSpaces = []string{"\u00a0", "\u3000", "\u2002", "\u202f"}
	zeroWidths    = []string{"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
)

// htmlTextRE is the text between two tags of an HTML page; mdCellRE a Markdown cell's
// text between its pipes.
var (
	htmlTextRE = regexp.MustCompile(`>[^<]+<`)
	mdCellRE   = regexp.MustCompile(`\| ([^|]*[^ |]) `)
)

// oneLineRows joins each row of a text page's pipe tables onto one line (the u4oneline
// shape): a line that goes on with a row (no "|" first: a cell going on, a description
// closing the row) joins the row's line, and a lone
// "|" closing a legacy container's row (its description spanning the Example column) is
// dropped, the row one cell short.
func oneLineRows(s string) []byte {
	var out []string
	in := false
	for _, l := range strings.Split(s, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case in && t == "|":
			continue
		case in && len(out) > 0 && t != "" && !strings.HasPrefix(t, "|") &&
			(!strings.HasSuffix(strings.TrimSpace(out[len(out)-1]), "|") || strings.HasSuffix(t, "|")):
			// a cell going on, or a description closing its row; a line after a closed row
			// that closes none is the text after the table (a heading)
			out[len(out)-1] = strings.TrimRight(out[len(out)-1], " ") + " " + t
			continue
		}
		in = strings.HasPrefix(t, "|") || in && t != ""
		out = append(out, l)
	}
	return []byte(strings.Join(out, "\n"))
}

// blankHeaders writes each Markdown table of s with a blank header row, its header the
// first row under the delimiter row (the u4blankhead shape).
func blankHeaders(s string) []byte {
	lines := strings.Split(s, "\n")
	var out []string
	for k, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "|") && k+1 < len(lines) && page.IsPipeSeparator(lines[k+1]) {
			n := strings.Count(lines[k+1], "|") - 1
			out = append(out, "|"+strings.Repeat("  |", n), lines[k+1], l)
			lines[k+1] = "\x00" // written above
			continue
		}
		if l != "\x00" {
			out = append(out, l)
		}
	}
	return []byte(strings.Join(out, "\n"))
}

// orgTables writes each pipe table of text page s as pandoc -t org does (the pdorg
// shape): the header's rule with "+" where columns cross ("|---+---|") and each row's
// name set as verbatim ("=RegionId=", after a tree drawn before it).
func orgTables(s string) []byte {
	lines := strings.Split(s, "\n")
	body := false // under a table's rule
	for k, l := range lines {
		switch t := strings.TrimSpace(l); {
		case page.IsPipeSeparator(t):
			lines[k], body = strings.ReplaceAll(strings.Trim(t, "|"), "|", "+"), true
			lines[k] = "|" + lines[k] + "|"
		case t == "":
			body = false
		case body && strings.HasPrefix(t, "| "):
			cell, rest, ok := strings.Cut(t[2:], " |")
			_, name := page.TreeDepth(cell)
			if ok && name != "" && !strings.ContainsAny(name, " \t") {
				lines[k] = "| " + strings.TrimSuffix(cell, name) + "=" + name + "=" + " |" + rest
			}
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// copiedPage is page (of the reader ext) as the spaces, blanklines, gapped and twice shapes change it, the
// namebreak shape's without the whole names it shows the scorer (fullNameMark), the page
// itself for the other shapes.
func copiedPage(shape, ext string, seq int, page []byte) []byte {
	sp, zw := unicodeSpaces[seq%len(unicodeSpaces)], zeroWidths[seq%len(zeroWidths)]
	s := string(page)
	switch {
	case (shape == "blanklines" || shape == "gridblanks") && ext != ".html":
		sep := "\n\n"
		if seq%2 == 1 {
			sep = "\n \n" // a blank line holding a space
		}
		return []byte(strings.ReplaceAll(s, "\n", sep))
	case shape == "gapped" && ext == ".txt":
		var b strings.Builder
		for _, l := range strings.Split(s, "\n") {
			if strings.TrimSpace(l) != "" {
				b.WriteString(l + "\n\n")
			}
		}
		return []byte(b.String())
	case shape == "twice" && ext == ".txt":
		var b strings.Builder
		for _, l := range strings.SplitAfter(s, "\n") {
			b.WriteString(l)
			if strings.TrimSpace(l) != "" {
				b.WriteString(strings.TrimSuffix(l, "\n") + "\n")
			}
		}
		return []byte(b.String())
	case shape == "s23seennoblank" && ext == ".txt":
		return []byte(noBlankAbove(s))
	case shape == "namebreak" || shape == "colbreak" || shape == "s4markbreak" || shape == "s22pqwrapped" || shape == "s22hdnarrow":
		return []byte(fullNameRE.ReplaceAllString(s, ""))
	case shape == "crlf" && ext != ".html":
		if seq%3 == 2 {
			return []byte(strings.ReplaceAll(s, "\n", "\r")) // classic Mac OS
		}
		return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
	case shape == "u4oneline" && ext == ".txt":
		return oneLineRows(s)
	case shape == "u4blankhead" && ext == ".md":
		return blankHeaders(s)
	case shape == "pdorg" && ext == ".txt":
		return orgTables(s)
	case shape == "lynx" && ext == ".txt":
		return lynxRefs(s)
	case (shape == "pdfpages" || shape == "pdfcolumns") && ext == ".txt":
		return pdfPages(s, seq)
	case shape == "pqblock" && ext == ".txt":
		return indentBlock(s, seq)
	case shape == manShape && ext == ".txt":
		return manPage(s)
	case shape == roffShape && ext == ".txt":
		return roffPage(s, seq)
	case shape == msShape && ext == ".txt":
		return msPage(s, seq)
	case shape == contShape && ext == ".txt":
		return []byte(contRows(s))
	case shape == rstCSVQuoteShape && ext == ".txt":
		return csvQuoteEscape(s, seq)
	case shape == rstKeepSpaceShape && ext == ".txt":
		return csvKeepSpace(s, seq)
	case shape == xwikiMonoShape && ext == ".txt":
		return xwikiMono(s)
	case shape == mystShape && ext == ".md":
		return []byte(mystTables(s, seq))
	case shape == "s25mdattrs":
		return []byte(headingAttrs(s, seq))
	case shape == "s25mdtxt" && seq%2 == 1: // as pandoc -t commonmark writes the page
		return []byte("<div role=\"main\">\n\n" + strings.NewReplacer("><tr>", ">\n<tr>", "><th>", ">\n<th>", "><td>", ">\n<td>",
			"</tr><", "</tr>\n<", "</thead><", "</thead>\n<").Replace(s) + "\n</div>\n")
	case shape == "s26htfrag" && ext == ".txt":
		return htmlFragment(s, seq)
	case shape == manColShape && ext == ".txt":
		return colTabs(manPage(s))
	case shape == "pqpdfone" && ext == ".txt":
		return pdfPagesOf(s, seq, len(s)) // every line on one page

	case shape == "fwpipe" && ext == ".txt":
	case shape == "fwpipe" && ext != ".html":
		return []byte(lookalikeBars(s, seq))
	case shape != "spaces":
		return page
	case ext == ".html": // entities or the characters, as goquery reads them alike
		if seq%2 == 0 {
			sp, zw = fmt.Sprintf("&#x%x;", []rune(sp)[0]), fmt.Sprintf("&#%d;", []rune(zw)[0])
		}
		s = htmlTextRE.ReplaceAllStringFunc(s, func(t string) string { return strings.ReplaceAll(t, " ", sp) })
		s = strings.NewReplacer("<td>", "<td>"+zw, "</td>", sp+"</td>", "</th>", sp+"</th>").Replace(s)
	case ext == ".md":
		if seq%2 == 0 && sp == "\u00a0" {
			sp = "&nbsp;"
		}
		var b strings.Builder
		for _, l := range strings.SplitAfter(s, "\n") {
			if strings.HasPrefix(l, "|") && strings.Trim(l, "|:- \n") != "" { // not the delimiter row
				l = mdCellRE.ReplaceAllStringFunc(l, func(c string) string {
					return "| " + zw + strings.ReplaceAll(strings.TrimSuffix(c[2:], " "), " ", sp) + sp + " "
				})
			}
			b.WriteString(l)
		}
		s = b.String()
	default:
		var b strings.Builder
		for _, l := range strings.SplitAfter(strings.ReplaceAll(s, " ", sp), "\n") {
			if t := strings.TrimSuffix(l, "\n"); t != "" {
				_, n := utf8.DecodeRuneInString(t)
				l = t[:n] + zw + t[n:] + "\u00a0" + l[len(t):]
			}
			b.WriteString(l)
		}
		s = b.String()
	}
	return []byte(s)
}

// indentBlock is text page s with every line indented alike (the pqblock shape), by
// record by four spaces, a tab or two spaces; a blank line stays empty but every third
// record, where it holds the indent too.
func indentBlock(s string, seq int) []byte {
	indent := [...]string{"    ", "\t", "  "}[seq%3]
	lines := strings.Split(s, "\n")
	for k, l := range lines {
		if l != "" || seq%3 == 2 {
			lines[k] = indent + l
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// structTable is a table of the childsections shape: a struct's name, the list or object
// whose struct it is, and its rows.
type structTable struct {
	name, parent string
	list         bool
	nodes        []accNode
}

// eachStruct writes the childsections shape's struct tables (cutStructs), parents first:
// head writes each one's heading, by record a section's (place 0), a sub-heading of the
// response's section (1) or a caption (2), then table its rows.
func (p *truthPage) eachStruct(head func(h string, place int), table func([]accNode)) {
	for len(p.structs) > 0 {
		st := p.structs[0]
		p.structs = p.structs[1:]
		head(p.structHeading(st), p.seq%3)
		table(st.nodes)
	}
}

// structHeadings are the childsections shape's headings of a struct's table, by table:
// %[1]s the struct, %[2]s the list or object that has it, %[3]d a table number.
var structHeadings = []string{"%[2]s 结构", "%[1]s 的结构", "表 %[3]d %[1]s", "Table %[3]d. %[1]s", "%[1]s object",
	"%[1]s 对象", "Structure of %[1]s", "%[1]sList", "表 %[3]d：%[1]s"}

// structHeading is the heading of st's table, by record and table ("TagList" for a list's
// struct only).
func (p *truthPage) structHeading(st structTable) string {
	k := (p.seq + len(p.structs)) % len(structHeadings)
	if k == 7 && !st.list {
		k = 6
	}
	return fmt.Sprintf(structHeadings[k], st.name, st.parent, len(p.structs)+2)
}

// cutStructs is nodes as the childsections shape writes the response's table: each object
// or list of objects with children names its struct (Struct) and its children go to a
// table of their own (p.structs, parents first); a subtree in which two containers would
// name the same struct stays nested. Other shapes get nodes unchanged.
func (p *truthPage) cutStructs(nodes []accNode) []accNode {
	if p.shape != "childsections" {
		return nodes
	}
	used := map[string]int{}
	var count func([]accNode)
	count = func(ns []accNode) {
		for _, n := range ns {
			if s, _ := structOf(n); s != "" {
				used[s]++
				if n.Name != s {
					used[n.Name]++
				}
			}
			count(n.Children)
		}
	}
	count(nodes)
	var unique func(accNode) bool
	unique = func(n accNode) bool {
		if s, _ := structOf(n); s != "" && (used[s] > 1 || used[n.Name] > 1) {
			return false
		}
		for _, c := range n.Children {
			if !unique(c) {
				return false
			}
		}
		return true
	}
	var cut func([]accNode) []accNode
	cut = func(ns []accNode) []accNode {
		out := make([]accNode, len(ns))
		for i, n := range ns {
			out[i] = n
			s, list := structOf(n)
			if s == "" || !unique(n) {
				continue
			}
			out[i].Children, out[i].Struct = nil, s
			if list {
				out[i].Struct = "Array of " + s
			}
			k := len(p.structs)
			p.structs = append(p.structs, structTable{name: s, parent: n.Name, list: list})
			p.structs[k].nodes = cut(n.Children)
		}
		return out
	}
	return cut(nodes)
}

// structOf is the struct that object or list of objects n names in the childsections
// shape: its name, or its items' (Tags: Tag, InstanceList: Instance, Data: DataItem); ""
// for a node of no struct.
func structOf(n accNode) (name string, list bool) {
	switch t := strings.ReplaceAll(n.DocType, " ", ""); {
	case len(n.Children) == 0 || !page.IsIdent(n.Name):
		return "", false
	case t == "object":
		return n.Name, false
	case t == "array<object>":
		for _, suf := range []string{"List", "Set", "s"} {
			if b, ok := strings.CutSuffix(n.Name, suf); ok && b != "" && !strings.HasSuffix(b, "s") {
				return b, true
			}
		}
		return n.Name + "Item", true
	}
	return "", false
}

// wrappedHead is a header cell of the wrapheads shape: its words a line each, the cell
// aligned right or centred, by record; td writes a <td> for a <th>.
func (p *truthPage) wrappedHead(col string, td bool) string {
	words := strings.Fields(esc(col))
	tag := "th"
	if td {
		tag = "td"
	}
	switch p.seq % 4 {
	case 0:
		return fmt.Sprintf(`<%s align="right">%s</%s>`, tag, strings.Join(words, "<br>"), tag)
	case 1:
		return fmt.Sprintf(`<%s style="text-align: center"><p>%s</p></%s>`, tag, strings.Join(words, "</p><p>"), tag)
	case 2:
		return fmt.Sprintf(`<%s class="text-right">%s</%s>`, tag, strings.Join(words, "<br/>"), tag)
	}
	return fmt.Sprintf(`<%s><div align="center">%s</div></%s>`, tag, strings.Join(words, `</div><div align="center">`), tag)
}

// wrappedHeader writes the wrapheads shape's table header: in <thead>, or (every seventh
// record) as a first row of <td> cells.
func (p *truthPage) wrappedHeader(cols []string) {
	td := p.seq%7 == 3
	if td {
		p.f("<tbody>\n<tr>")
	} else {
		p.f("<thead><tr>")
	}
	for _, c := range cols {
		p.f("%s", p.wrappedHead(c, td))
	}
	if td {
		p.f("</tr>\n")
		return
	}
	p.f("</tr></thead>\n<tbody>\n")
}

// bodyParts splits a ROA request as the bodylabel shape writes it: the body's parameters
// (body, formData) and the others; ok is false where the shape changes nothing (an RPC
// request, or no body parameter).
func (p *truthPage) bodyParts(req []accNode) (others, body []accNode, ok bool) {
	if p.shape != "bodylabel" && p.shape != "s4bodylabel" || !p.roa {
		return req, nil, false
	}
	for _, n := range req {
		if n.In == "body" || n.In == "formData" {
			body = append(body, n)
		} else {
			others = append(others, n)
		}
	}
	return others, body, len(body) > 0
}

// bodyLabel is the bodylabel shape's label over the body's table, by record: in HTML an
// <h3>, a bold paragraph, an <h4>, a paragraph ending in a colon, an <h2> as the
// section's; in Markdown an ATX heading a level or two below the section's or at its
// level, a bold line, a line ending in a colon.
func (p *truthPage) bodyLabel(md bool) string {
	b := p.labelWords().body
	if md {
		return [...]string{"### " + b + "\n\n", "**" + b + "**\n\n", b + ":\n\n", "#### " + b + "\n\n", "## " + b + "\n\n"}[p.seq%5]
	}
	b = esc(b)
	return [...]string{"<h3>" + b + "</h3>\n", "<p><strong>" + b + "</strong></p>\n", "<h4>" + b + "</h4>\n", "<p>" + b + ":</p>\n", "<h2>" + b + "</h2>\n"}[p.seq%5]
}

// textBodyLabel is the s4bodylabel shape's label line over the body's table, by record:
// the location's word alone, with a colon, or the request's body named, in the page's
// language.
func (p *truthPage) textBodyLabel() string {
	if p.w.lang == "zh" {
		return [...]string{"请求体", "请求体：", "Body"}[p.seq%3]
	}
	l := p.labelWords()
	return [...]string{l.body, l.body + l.colon, l.reqBody}[p.seq%3]
}

// respHeader is the header the respheads shape lists for a ROA response: no truth
// record's field, so it scores as a spurious name when it is read into the body.
var respHeader = accNode{Name: "ETag", DocType: "String", GoType: "*string"}

// respHeads are the respheads shape's labels over a ROA response's headers table and over
// its body's table, by record (ok is false for an RPC record, or another shape): in HTML
// an <h3>, a bold paragraph, an <h4>, a paragraph ending in a colon; in Markdown an ATX
// heading a level or two below the section's, a bold line, a line ending in a colon.
func (p *truthPage) respHeads(md bool) (head, body string, ok bool) {
	if p.shape != "respheads" || !p.roa {
		return "", "", false
	}
	i, l := p.seq%4, p.labelWords()
	if md {
		return [...]string{"### " + l.respHead + "\n\n", "**" + l.respHeaders + "**\n\n", "#### " + l.respHead + "\n\n", l.respHead + l.colon + "\n\n"}[i],
			[...]string{"### " + l.respBody + "\n\n", "**" + l.respBody + "**\n\n", "#### " + l.respBodyFull + "\n\n", l.respBody + l.colon + "\n\n"}[i], true
	}
	return [...]string{"<h3>" + l.respHead + "</h3>\n", "<p><strong>" + l.respHeaders + "</strong></p>\n", "<h4>" + l.respHead + "</h4>\n", "<p>" + l.respHead + l.colon + "</p>\n"}[i],
		[...]string{"<h3>" + l.respBody + "</h3>\n", "<p><strong>" + l.respBody + "</strong></p>\n", "<h4>" + l.respBodyFull + "</h4>\n", "<p>" + l.respBody + l.colon + "</p>\n"}[i], true
}

// iconRequired is a Required cell of the iconreq shape: an icon with no text alternative
// for a required parameter, nothing or another icon for an optional one, by record; md
// writes a Markdown page's.
func (p *truthPage) iconRequired(b bool, md bool) string {
	icons := [...][2]string{
		{`<img src="/images/icons/check.svg">`, ""},
		{`<i class="fa fa-check" aria-hidden="true"></i>`, `<i class="fa fa-times" aria-hidden="true"></i>`},
		{`<svg class="icon" viewBox="0 0 16 16"><use href="#icon-tick"></use></svg>`, ""},
		{`<span class="icon-required"></span>`, `<span class="icon-optional"></span>`},
		{`<span class="mark" aria-hidden="true">✔</span>`, ""},
	}[p.seq%5]
	if md {
		icons = [...][2]string{
			{"![](https://help-static.example.com/assets/check.png)", ""},
			{`<img src="images/yes.gif">`, `<img src="images/no.gif">`},
			{`<i class="icon-check"></i>`, ""},
			{`<span class="tick"></span>`, ""},
		}[p.seq%4]
	}
	if b {
		return icons[0]
	}
	return icons[1]
}

// detailsOpen writes a section heading as the details shape does: the <summary> of a
// collapsible <details> that holds the section, by record its text bare, an <h2>, bold,
// or in a <span>.
func (p *truthPage) detailsOpen(text string) {
	t := esc(text)
	summary := [...]string{t, "<h2>" + t + "</h2>", "<strong>" + t + "</strong>", `<span class="title">` + t + "</span>"}[p.seq%4]
	p.f("<details open class=\"collapse\"><summary>%s</summary>\n", summary)
	p.sectionEnd = "</details>\n"
}

// pairFacts is a pairdesc row's description: its type, Required answer and location (in,
// ", Query" or "") before its text d, by record (pairTable), and the example the
// convention's Example column shows after it ("Example: `10`"); md writes Markdown.
func (p *truthPage) pairFacts(r truthRow, req bool, typ, in, d string, md bool) string {
	b, em, br := func(s string) string { return "<strong>" + s + "</strong>" }, func(s string) string { return "<em>" + s + "</em>" }, "</p><p>"
	if md {
		b, em, br = func(s string) string { return "**" + s + "**" }, func(s string) string { return "*" + s + "*" }, "<br>"
	}
	if ex := exampleCell(r.n); ex != "" { // the example the convention's Example column shows
		if !md {
			ex = esc(ex)
		}
		d += br + "Example: `" + ex + "`"
	}
	var facts string
	switch p.seq % 4 {
	case 0:
		facts = b("Type:") + " " + typ
		if req {
			facts += br + b(p.w.required+":") + " " + p.yesNo(r.n.Required)
		}
		if in != "" {
			facts += br + b(p.w.position+":") + " " + strings.TrimPrefix(in, ", ")
		}
		return facts + br + d
	case 1:
		return em(typ) + requiredWord(req, r.n.Required) + in + ". " + d
	case 2:
		facts = "Type: " + typ + "."
		if req {
			facts += " Required: " + map[bool]string{true: "Yes", false: "No"}[r.n.Required] + "."
		}
		if in != "" {
			facts += " Position: " + strings.TrimPrefix(in, ", ") + "."
		}
		return facts + br + d
	}
	return "(" + typ + requiredWord(req, r.n.Required) + in + ") " + d
}

// mdPairTable writes pairTable's table in Markdown.
func (p *truthPage) mdPairTable(nodes []accNode, req, position bool) {
	p.pipeRow([]string{p.w.name, p.w.description})
	p.pipeRow([]string{"---", "---"})
	for _, r := range p.tableRows(nodes, req) {
		in := ""
		if l := p.w.locations[r.in]; position && r.n.Name != "" && l != "" {
			in = ", " + l
		}
		p.pipeRow([]string{p.mdDepth(r.depth) + p.mdName(r.name), p.pairFacts(r, req, p.mdType(r.n), in, describe(r.n), true)})
	}
	p.f("\n")
}

// pairTable writes a parameter table of the pairdesc shape: a name column and a
// description column, the type (and a request's Required answer, its location) written
// in the description, by record: bold keys on lines of their own ("<strong>Type:</strong>
// String"), "<em>String</em>, required, Query." before the text, "Type: String. Required:
// Yes. Position: Query." in a paragraph, or "(String, required, Query)" opening it.
func (p *truthPage) pairTable(nodes []accNode, req, position bool) {
	p.width = 2
	p.f("<table>\n<thead><tr><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n", esc(p.w.name), esc(p.w.description))
	for _, r := range p.tableRows(nodes, req) {
		typ, d := esc(p.typeOf(r.n)), esc(describe(r.n))
		in := "" // a ROA parameter's location, where the convention has a Position cell
		if l := p.w.locations[r.in]; position && r.n.Name != "" && l != "" {
			in = ", " + l
		}
		p.row("<td><p>"+p.pairFacts(r, req, typ, in, d, false)+"</p></td>", r, req && r.n.Required)
	}
	p.tableEnd()
}

// sampleTabs writes the tabs shape's sample: a caption, then tabs (a <ul role="tablist">
// or buttons) naming each format and a tab panel of each, the JSON sample's and an XML
// one's, their <pre>s without a language class.
func (p *truthPage) sampleTabs(r *htmlTruthRecord) {
	p.f("<p>%s</p>\n", esc(p.w.sampleCaption()))
	if p.seq%2 == 0 {
		p.f("<ul class=\"tabs\" role=\"tablist\"><li role=\"tab\" aria-selected=\"true\">JSON</li><li role=\"tab\">XML</li></ul>\n")
	} else {
		p.f("<div class=\"tab-list\" role=\"tablist\"><button role=\"tab\">JSON</button><button role=\"tab\">XML</button></div>\n")
	}
	var j strings.Builder
	p.jsonObject(&j, r.Response, "")
	p.f("<div class=\"tab-panel\" role=\"tabpanel\"><pre><code>%s</code></pre></div>\n", esc(j.String()))
	q := &truthPage{}
	q.xmlElements(r.Response, "  ")
	p.f("<div class=\"tab-panel\" role=\"tabpanel\" hidden><pre><code>%s</code></pre></div>\n",
		esc("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"+r.Operation+"Response>\n"+q.b.String()+"</"+r.Operation+"Response>"))
}

// tableWrapOpen opens what the tablewrap shape puts around a table, by record: a <div
// class="table-wrapper">, two <div>s, a <div class="table-responsive">; the table has a
// <caption>: the section's name, a numbered one ("Table 2. Request parameters"), or
// "Parameters" alone.
func (p *truthPage) tableWrapOpen() {
	p.f("%s\n", [...]string{`<div class="table-wrapper">`, `<div class="table-box"><div class="table-scroll">`, `<div class="table-responsive">`}[p.seq%3])
}

// wrapCaption is the <caption> of a table of the tablewrap shape, by record: the section's
// name, a numbered one, or "Parameters".
func (p *truthPage) wrapCaption(req bool) string {
	return [...]string{p.groupTitle(req, ""), fmt.Sprintf("Table %d. %s", p.seq%5+1, p.groupTitle(req, "")), "Parameters"}[p.seq%3]
}

// reqResp writes the reqresp shape's heading of the request's or the response's parameter
// section (text) and reports whether it did: a heading "Request" or "Response", then one
// a level below it, or (every other record) a bold line, that says only "Parameters";
// md writes Markdown, level is the section heading's.
func (p *truthPage) reqResp(text string, md bool, level int) bool {
	if p.shape != "reqresp" || text != p.w.reqParams && text != p.w.respParams {
		return false
	}
	part := "Request"
	if text == p.w.respParams {
		part = "Response"
	}
	switch {
	case md && p.seq%2 == 0:
		p.f("%s %s\n\n%s Parameters\n\n", strings.Repeat("#", level), part, strings.Repeat("#", level+1))
	case md:
		p.f("%s %s\n\n**Parameters**\n\n", strings.Repeat("#", level), part)
	case p.seq%2 == 0:
		p.f("<h2>%s</h2>\n<h3>Parameters</h3>\n", part)
	default:
		p.f("<h2>%s</h2>\n<p><strong>Parameters</strong></p>\n", part)
	}
	return true
}

// mdDetails writes a Markdown section heading as the details shape does: it closes the
// <details> of the section before and opens one whose <summary> is the heading, bare or
// bold, open or not, by record.
func (p *truthPage) mdDetails(text string) {
	p.f("%s", p.sectionEnd)
	summary := [...]string{text, "<b>" + text + "</b>", "<strong>" + text + "</strong>"}[p.seq%3]
	open := [...]string{"<details>", "<details open>"}[p.seq%2]
	p.f("%s\n<summary>%s</summary>\n\n", open, summary)
	p.sectionEnd = "</details>\n\n"
}

// mdSampleTabs writes the tabs shape's samples in Markdown: a caption, then MkDocs tabs
// (=== "JSON", === "XML") each holding an indented fenced block.
func (p *truthPage) mdSampleTabs(r *htmlTruthRecord) {
	var j strings.Builder
	p.jsonObject(&j, r.Response, "")
	q := &truthPage{}
	q.xmlElements(r.Response, "  ")
	x := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + r.Operation + "Response>\n" + q.b.String() + "</" + r.Operation + "Response>"
	indent := func(s string) string { return "    " + strings.ReplaceAll(s, "\n", "\n    ") }
	p.f("%s\n\n=== \"JSON\"\n\n%s\n\n=== \"XML\"\n\n%s\n\n", p.w.sampleCaption(),
		indent("```json\n"+j.String()+"\n```"), indent("```xml\n"+x+"\n```"))
}

// swaggerTable writes a parameter table as the swagger shape does (Swagger UI's, which
// has no unnamed item rows: noItemRows): a name and a description column, the name cell's <div>s the name (with the convention's depth
// before it; a required parameter's marked by a "*" span or, every other record, a
// "required" <div>), its type and a ROA parameter's location in brackets.
func (p *truthPage) swaggerTable(nodes []accNode, req, position bool) {
	p.f("<table class=\"parameters\">\n<thead><tr><th class=\"col_header parameters-col_name\">Name</th><th class=\"col_header parameters-col_description\">Description</th></tr></thead>\n<tbody>\n")
	for _, r := range noItemRows(p.tableRows(nodes, req)) {
		name := esc(r.name)
		if r.depth > 0 {
			name = strings.Repeat("└", r.depth) + " " + name
		}
		mark := ""
		if req && r.n.Required {
			mark = [...]string{`<span>&nbsp;*</span>`, `</div><div class="parameter__required">required`}[p.seq%2]
		}
		in := ""
		if l := p.w.locations[r.in]; position && r.n.Name != "" && l != "" {
			in = `<div class="parameter__in">(` + strings.ToLower(l) + `)</div>`
		}
		p.f("<tr data-param-name=\"%s\"><td class=\"parameters-col_name\"><div class=\"parameter__name\">%s%s</div><div class=\"parameter__type\">%s</div>%s</td>"+
			"<td class=\"parameters-col_description\"><div class=\"markdown\"><p>%s</p></div></td></tr>\n",
			esc(r.n.Name), name, mark, esc(p.uiType(r.n, false)), in, esc(describe(r.n)))
	}
	p.f("</tbody>\n</table>\n")
}

// uiType is n's type as Swagger UI ("array[string]") or (redoc) Redoc ("Array of strings")
// writes a list whose type names no item type: with the items' type, which they always
// show (the convention shows it in its Example column; a map's "object"); typeOf for any
// other node.
func (p *truthPage) uiType(n accNode, redoc bool) string {
	typ, dt := p.typeOf(n), n.DocType
	if g := goDocType(dt); g != "" {
		dt = g // "[]map[string]interface{}": a list of maps
	}
	item, ok := strings.CutPrefix(dt, "array<")
	if t, read := page.ReadType(typ); !ok || item == "any>" || !read || t.Word != "array" || t.Elem != nil {
		return typ
	}
	item = strings.TrimSuffix(item, ">")
	if strings.HasPrefix(item, "map") {
		item = "object"
	}
	if redoc {
		return "Array of " + item + "s"
	}
	return "array[" + item + "]"
}

// noItemRows is rows without the unnamed item rows of lists, the rows below each a level
// higher.
func noItemRows(rows []truthRow) []truthRow {
	var out []truthRow
	var items []int // the depths of the item rows left out that hold the rows now
	for _, r := range rows {
		for len(items) > 0 && r.depth <= items[len(items)-1] {
			items = items[:len(items)-1]
		}
		if r.name == "" {
			items = append(items, r.depth)
			continue
		}
		r.depth -= len(items)
		out = append(out, r)
	}
	return out
}

// redocTables writes parameter tables as the redoc shape does (Redoc's, no unnamed item
// rows: noItemRows): no header; the name cell's name over a "required" <div> for a
// required parameter, then the type over the description in one cell or (every third
// record) in two; a ROA request's parameters (position) in a table a location under an
// <h3> of it.
func (p *truthPage) redocTables(nodes []accNode, req, position bool) {
	parts := []locationPart{{"", nodes}}
	if req && position {
		parts = locationParts(nodes)
	}
	for _, part := range parts {
		if part.in != "" {
			p.f("<h3>%s</h3>\n", esc(p.w.sections[part.in]))
		}
		p.f("<table class=\"redoc-params\">\n<tbody>\n")
		for _, r := range noItemRows(p.tableRows(part.nodes, req)) {
			name := esc(r.name)
			if r.depth > 0 {
				name = strings.Repeat("└", r.depth) + " " + name
			}
			mark := ""
			if req && r.n.Required {
				mark = `<div class="required">required</div>`
			}
			typ, d := `<span class="type">`+esc(p.uiType(r.n, true))+"</span>", "<p>"+esc(describe(r.n))+"</p>"
			if p.seq%3 == 2 {
				p.f("<tr><td kind=\"field\"><span class=\"property-name\">%s</span>%s</td><td>%s</td><td>%s</td></tr>\n", name, mark, typ, d)
				continue
			}
			p.f("<tr><td kind=\"field\"><span class=\"property-name\">%s</span>%s</td><td><div>%s</div><div>%s</div></td></tr>\n", name, mark, typ, d)
		}
		p.f("</tbody>\n</table>\n")
	}
}

// headingAttrs ends each ATX heading of Markdown page s in an attribute block (the
// s25mdattrs shape), by record; every other record's page is wrapped in pandoc's
// <div markdown="1" role="main">.
func headingAttrs(s string, seq int) string {
	lines := strings.Split(s, "\n")
	for k, l := range lines {
		marks := strings.TrimLeft(l, "#")
		if len(marks) == len(l) || !strings.HasPrefix(marks, " ") {
			continue
		}
		id := strings.ToLower(strings.Join(strings.Fields(marks), "-"))
		lines[k] += [...]string{" {#" + id + "}", " {#" + id + " .unnumbered}", " {: #" + id + ` .wide data-x="a b" }`, " {-}"}[seq%4]
	}
	s = strings.Join(lines, "\n")
	if seq%2 == 1 {
		s = "<div markdown=\"1\" role=\"main\">\n\n" + s + "\n</div>\n"
	}
	return s
}

// htmlFragment is an HTML page's content without the document around it (the s26htfrag
// shape): by record the inner HTML of its <article>, or of its <body> (<main> and
// <article> kept), as pandoc writes HTML without -s and a copy of a page's source keeps it.
func htmlFragment(s string, seq int) []byte {
	open, end := "<article>", "</article>"
	if seq%2 == 1 {
		open, end = "<body>", "</body>"
	}
	i, j := strings.Index(s, open), strings.LastIndex(s, end)
	if i < 0 || j < i {
		return []byte(s)
	}
	return []byte(strings.TrimSpace(s[i+len(open):j]) + "\n")
}
