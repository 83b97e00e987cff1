import CaseAudit
import FuzzFixtures

/// The CSV reader and the canonical importer: the first byte picks the shipped schema's type
/// whose file the rest becomes; the other files are absent (warnings), except the children.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = FuzzInput(data, size)
  let (table, diagnostics) = CSVReader().read(input.bytes, path: "fuzz.csv")
  if let table {
    for row in table.rows where row.fields.count != table.header.count {
      fatalError("row \(row.number) kept with \(row.fields.count) fields, unlike the header")
    }
  }
  _ = diagnostics.map { $0.rendered() }
  let schema = Repository.pack.schema
  let (choice, content) = input.choice(of: schema.types.count)
  var files: [String: [UInt8]] = [:]
  files[schema.types[schema.caseType].file] = children
  files[schema.types[choice].file] = content
  let result = CanonicalImporter(schema: schema).load(files: files, directory: "export")
  _ = result.diagnostics.map { $0.rendered() }
  return 0
}

/// The first sample children, so that references in the fuzzed file can resolve.
private let children = Repository.sampleHead("demo-la/children.csv", lines: 40)
