import Foundation
import Testing

/// The package builds on a case-insensitive file system (macOS's default): no two of its folders
/// or files differ only by case, as `Sources/CaseAudit` and `Sources/caseaudit` once did.
@Suite struct PackageLayoutTests {
  @Test func noTwoPathsDifferOnlyByCase() throws {
    let root = CommandRunner.repositoryRoot
    var paths: [String] = []
    for top in ["Sources", "Tests", "Rules", "Samples", "Fuzz", "Benchmarks"] {
      paths.append(top)
      paths += try PackageLayoutTests.paths(under: top, in: root)
    }
    #expect(paths.contains("Sources/CaseAuditCLI"), "the walk reaches the targets' folders")
    let byFolded = Dictionary(grouping: paths) { $0.lowercased() }
    let collisions = byFolded.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted {
      $0[0] < $1[0]
    }
    #expect(collisions == [])
  }

  /// Every path below `folder` (relative to `root`), skipping hidden ones such as `.build`.
  private static func paths(under folder: String, in root: URL) throws -> [String] {
    let url = root.appendingPathComponent(folder)
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    var found: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: url.path)
    where !name.hasPrefix(".") {
      let path = folder + "/" + name
      found.append(path)
      var isFolder: ObjCBool = false
      let child = root.appendingPathComponent(path)
      if FileManager.default.fileExists(atPath: child.path, isDirectory: &isFolder),
        isFolder.boolValue
      {
        found += try paths(under: path, in: root)
      }
    }
    return found
  }
}
