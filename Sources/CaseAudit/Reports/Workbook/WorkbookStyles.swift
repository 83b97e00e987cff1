/// The workbook's cell styles: plain, bold (the header row and the total's label), and one
/// number format per kind of number the tables hold (`0.0%` for a proportion with one decimal).
struct WorkbookStyles: Sendable {
  /// The custom number formats, by the code written in `styles.xml`.
  private(set) var formats: [String] = []

  /// The style index of plain text and counts.
  static let plain = 0
  /// The style index of bold text.
  static let bold = 1

  /// The style index for a cell, adding its number format when first seen.
  mutating func style(of cell: ReportCell) -> Int {
    let code: String
    switch cell {
    case .count, .text, .empty: return Self.plain
    case .number(_, let places): code = "0" + Self.decimals(places)
    case .proportion(_, let places): code = "0" + Self.decimals(places) + "%"
    }
    if let index = formats.firstIndex(of: code) { return 2 + index }
    formats.append(code)
    return 1 + formats.count
  }

  private static func decimals(_ places: Int) -> String {
    places <= 0 ? "" : "." + String(repeating: "0", count: min(places, 10))
  }

  /// `xl/styles.xml`.
  var xml: String {
    var out = WorkbookParts.declaration
    out += "<styleSheet xmlns=\"\(WorkbookParts.mainNamespace)\">"
    if !formats.isEmpty {
      out += "<numFmts count=\"\(formats.count)\">"
      for (index, code) in formats.enumerated() {
        out += "<numFmt numFmtId=\"\(164 + index)\" formatCode=\"\(WorkbookXML.text(code))\"/>"
      }
      out += "</numFmts>"
    }
    out += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    out += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    out += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
    out += "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
    out += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    out += "</borders><cellStyleXfs count=\"1\">"
    out += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    out += "<cellXfs count=\"\(2 + formats.count)\">"
    out += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    out += "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
    out += " applyFont=\"1\"/>"
    for index in formats.indices {
      out += "<xf numFmtId=\"\(164 + index)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
      out += " applyNumberFormat=\"1\"/>"
    }
    out += "</cellXfs><cellStyles count=\"1\">"
    out += "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    return out
  }
}
