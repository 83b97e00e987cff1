import Foundation
import Testing

private let plan = "Samples/iro-quarterly-dip-sample.yaml"

/// `--out link/` is the link, not the folder it leads to: a trailing slash made `lstat` follow
/// it, and the user's link was renamed away and replaced by a folder.
@Suite struct OutputLinkSlashTests {
  @Test func aLinkNamedWithATrailingSlashIsRefused() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let empty = runner.folder.appendingPathComponent("empty").path
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let report = runner.folder.appendingPathComponent("report").path
    let audit = ["audit", plan, "--no-history", "--format", "md"]
    #expect(try runner.run(audit + ["--out", report]).status == 0)
    for target in [empty, report] {
      let link = runner.folder.appendingPathComponent("link-\(UUID().uuidString)").path
      try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
      for path in [link + "/", link + "//"] {
        let output = try runner.run(audit + ["--out", path])
        #expect(output.status == 1)
        #expect(
          output.stderr
            == "error: refusing to replace '\(path)': it is a symbolic link, not a report"
            + " folder; give a new folder\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty)
  }

  @Test func generateRefusesALinkNamedWithATrailingSlash() throws {
    let runner = try CommandRunner()
    defer { runner.cleanUp() }
    let empty = runner.folder.appendingPathComponent("empty").path
    try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
    let link = runner.folder.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: empty)
    let output = try runner.run([
      "generate", "--children", "3", "--seed", "1", "--out", link + "/",
    ])
    #expect(output.status == 1)
    #expect(
      output.stderr
        == "error: '\(link)/' is a symbolic link, not a folder; give a new or empty folder\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty)
  }
}
