package textpage

func (d *doc) spacedTable(h header) int { return d.genericTable(h) }
