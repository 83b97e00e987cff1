import Foundation
import ZIPFoundation

/// Every table of a `ReportDocument` as an Excel workbook (`tables.xlsx`): one sheet per table,
/// named from its id. The OOXML parts are written here and zipped with fixed timestamps, so the
/// same document always gives the same bytes.
public struct DocumentWorkbook: Sendable {
  /// The document.
  public let document: ReportDocument

  /// Creates the writer.
  public init(document: ReportDocument) { self.document = document }

  /// The time every part of the archive is stamped with (2000-01-01 00:00 UTC).
  static let timestamp = Date(timeIntervalSince1970: 946_684_800)

  /// The workbook's parts by path, in the order they are zipped.
  func parts() -> [(path: String, text: String)] {
    var tables = document.tables
    if tables.isEmpty {
      // A workbook must have a sheet; an empty document's says it has no tables.
      tables = [
        ReportTable(
          id: "tables", title: document.title, rowHeading: "This report has no tables.",
          columns: [], rows: [])
      ]
    }
    var styles = WorkbookStyles()
    let sheets = tables.map { WorkbookSheet.xml($0, styles: &styles) }
    let names = WorkbookSheetNames.names(for: tables.map(\.id))
    var parts: [(String, String)] = [
      ("[Content_Types].xml", WorkbookParts.contentTypes(sheets: sheets.count)),
      ("_rels/.rels", WorkbookParts.packageRels),
      ("xl/workbook.xml", WorkbookParts.workbook(names: names)),
      ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRels(sheets: sheets.count)),
      ("xl/styles.xml", styles.xml),
    ]
    for (index, sheet) in sheets.enumerated() {
      parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet))
    }
    return parts
  }

  /// The `.xlsx` file's bytes.
  public func render() throws -> [UInt8] {
    do {
      let archive = try Archive(accessMode: .create)
      for (path, text) in parts() {
        let data = Data(text.utf8)
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: Self.timestamp, permissions: 0o644, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      guard let data = archive.data else {
        throw Diagnostic.error("cannot write the workbook: the archive has no data")
      }
      return [UInt8](data)
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw Diagnostic.error("cannot write the workbook: \(error.localizedDescription)")
    }
  }
}
