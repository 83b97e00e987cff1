/// The fixed parts of an OOXML workbook and the ones that list its sheets.
enum WorkbookParts {
  /// The XML declaration every part starts with.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  /// SpreadsheetML's namespace.
  static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  private static let relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let packageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships"
  private static let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"

  /// `[Content_Types].xml` for `count` sheets.
  static func contentTypes(sheets count: Int) -> String {
    var out = declaration
    out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    out += "<Default Extension=\"rels\""
    out += " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
    for sheet in 1...max(1, count) {
      out += "<Override PartName=\"/xl/worksheets/sheet\(sheet).xml\""
      out += " ContentType=\"\(office).worksheet+xml\"/>"
    }
    out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/>"
    return out + "</Types>"
  }

  /// `_rels/.rels`: the package's main part is the workbook.
  static let packageRels =
    declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\""
    + " Target=\"xl/workbook.xml\"/></Relationships>"

  /// `xl/workbook.xml`, naming the sheets.
  static func workbook(names: [String]) -> String {
    var out = declaration
    out += "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationships)\"><sheets>"
    for (index, name) in names.enumerated() {
      out += "<sheet name=\"\(WorkbookXML.text(name))\" sheetId=\"\(index + 1)\""
      out += " r:id=\"rId\(index + 1)\"/>"
    }
    return out + "</sheets></workbook>"
  }

  /// `xl/_rels/workbook.xml.rels`: the sheets, then the styles.
  static func workbookRels(sheets count: Int) -> String {
    var out = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
    for sheet in 1...count {
      out += "<Relationship Id=\"rId\(sheet)\" Type=\"\(relationships)/worksheet\""
      out += " Target=\"worksheets/sheet\(sheet).xml\"/>"
    }
    out += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationships)/styles\""
    return out + " Target=\"styles.xml\"/></Relationships>"
  }
}
