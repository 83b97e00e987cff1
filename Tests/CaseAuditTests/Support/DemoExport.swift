import Foundation

@testable import CaseAudit

/// The IRO pack as shipped and the demo export's files, read once into memory, for the tests
/// that import the demo with a file left out or changed.
enum DemoExport {
  /// The shipped IRO pack.
  static let pack = PackLoader().load(path: Fixture.repositoryRoot + "/Rules/iro").pack!

  /// Each of the demo export's files by name; absent when the folder lacks it.
  static let files: [String: [UInt8]] = {
    let folder = Fixture.repositoryRoot + "/Samples/demo-la"
    var files: [String: [UInt8]] = [:]
    for type in pack.schema.types {
      files[type.file] = FileManager.default.contents(atPath: folder + "/" + type.file).map {
        [UInt8]($0)
      }
    }
    return files
  }()

  /// The demo imported with `file` left out (all of it when nil).
  static func load(without file: String?) -> ImportResult {
    var files = files
    if let file { files[file] = nil }
    return CanonicalImporter(schema: pack.schema).load(files: files, directory: "demo-la")
  }
}
