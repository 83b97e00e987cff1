// swift-tools-version:5.4
import PackageDescription

// Fuzz targets for CaseAudit, kept out of the main build: built only from this folder with
// libFuzzer and AddressSanitizer (see README.md and run.sh). Each executable defines
// LLVMFuzzerTestOneInput; libFuzzer supplies main, so the targets are built -parse-as-library.
// Tools version 5.4 on purpose: from 5.5 SwiftPM links executables with main aliased to
// `<target>_main`, which a libFuzzer target does not have.
let fuzzTargets = ["FuzzCSV", "FuzzSSDA903", "FuzzPack", "FuzzPlan", "FuzzExpression"]

let package = Package(
  name: "CaseAuditFuzz",
  platforms: [.macOS(.v10_15)],
  dependencies: [.package(name: "CaseAudit", path: "..")],
  targets: [
    .target(
      name: "FuzzFixtures",
      dependencies: [.product(name: "CaseAudit", package: "CaseAudit")]
    )
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzFixtures", .product(name: "CaseAudit", package: "CaseAudit")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
      )
    }
)
