import CaseAudit
import Foundation
import FuzzFixtures

/// The SSDA903 importer: the input is up to six CSV files split at `=====` lines, the first three
/// the return and any more the previous year's, written to a folder of this process (the
/// importer reads folders) and imported over the shipped schema.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSSDA903(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let parts = FuzzInput.parts(of: FuzzInput(data, size).bytes, separator: "=====")
  let current = folder.appendingPathComponent("current")
  let previous = folder.appendingPathComponent("previous")
  for (index, part) in parts.prefix(6).enumerated() {
    let target = index < 3 ? current : previous
    let name = "table\(index % 3).csv"
    try? Data(part).write(to: target.appendingPathComponent(name))
  }
  for index in min(parts.count, 6)..<6 {
    let target = index < 3 ? current : previous
    try? FileManager.default.removeItem(at: target.appendingPathComponent("table\(index % 3).csv"))
  }
  let result = SSDA903Importer(schema: Repository.pack.schema).load(
    directory: current.path, previous: parts.count > 3 ? previous.path : nil)
  _ = result.diagnostics.map { $0.rendered() }
  return 0
}

/// This process's own folder for the return's files.
private let folder: URL = {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "caseaudit-fuzz-903-\(ProcessInfo.processInfo.processIdentifier)")
  for name in ["current", "previous"] {
    try? FileManager.default.createDirectory(
      at: url.appendingPathComponent(name), withIntermediateDirectories: true)
  }
  return url
}()
