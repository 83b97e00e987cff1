import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a workbook back for tests: its parts by path, and each sheet's cells by reference with
/// their type, style and value (an inline string's text decoded from `_xHHHH_`).
struct WorkbookReader {
  /// A cell as written.
  struct Cell: Equatable, CustomStringConvertible {
    var type: String?
    var style: String?
    var value: String
    var description: String { "\(type ?? "n")/\(style ?? "0")/\(value)" }
  }

  /// Each part's text by its path in the archive.
  let parts: [String: String]

  /// Unzips the workbook.
  init(bytes: [UInt8]) throws {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      parts[entry.path] = String(decoding: data, as: UTF8.self)
    }
    self.parts = parts
  }

  /// The cells of `xl/worksheets/sheetN.xml`, row by row, as `[reference: cell]`.
  func cells(sheet: Int) throws -> [(String, Cell)] {
    let text = try #require(parts["xl/worksheets/sheet\(sheet).xml"])
    let delegate = SheetParser()
    let parser = XMLParser(data: Data(text.utf8))
    parser.delegate = delegate
    #expect(parser.parse(), "sheet \(sheet) is well-formed XML")
    return delegate.cells
  }

  /// `_xHHHH_` escapes decoded, as a spreadsheet reads them.
  static func decode(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let range = rest.range(of: "_x") {
      out += rest[..<range.lowerBound]
      let after = rest[range.upperBound...]
      let hex = after.prefix(4)
      if hex.count == 4, after.dropFirst(4).first == "_", let value = UInt32(hex, radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.unicodeScalars.append(scalar)
        rest = after.dropFirst(5)
      } else {
        out += "_x"
        rest = after
      }
    }
    return out + rest
  }
}

private final class SheetParser: NSObject, XMLParserDelegate {
  var cells: [(String, WorkbookReader.Cell)] = []
  private var current: (String, WorkbookReader.Cell)?
  private var text = ""
  private var collecting = false

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch name {
    case "c":
      current = (
        attributes["r"] ?? "?", .init(type: attributes["t"], style: attributes["s"], value: "")
      )
    case "v", "t":
      collecting = true
      text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if collecting { text += string }
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
  ) {
    switch name {
    case "v", "t":
      collecting = false
      current?.1.value = WorkbookReader.decode(text)
    case "c":
      if let current { cells.append(current) }
      current = nil
    default: break
    }
  }
}
