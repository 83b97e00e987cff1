// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "CaseAudit",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "CaseAudit", targets: ["CaseAudit"]),
    .executable(name: "caseaudit", targets: ["CaseAuditCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", exact: "2.5.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
  ],
  targets: [
    // A prefetch instruction, which Swift cannot emit (see its header).
    .target(name: "MemoryPrefetch"),
    // glibc's mallopt, which Swift's Glibc module does not import (see HeapRetention).
    .target(name: "MallocOptions"),
    .target(
      name: "CaseAudit",
      dependencies: [
        "MemoryPrefetch",
        "MallocOptions",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    // The audit workspace (caseaudit serve): the web server stays out of the core library.
    .target(
      name: "CaseAuditWorkspace",
      dependencies: [
        "CaseAudit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
    .executableTarget(
      name: "CaseAuditCLI",
      dependencies: [
        "CaseAudit", "CaseAuditWorkspace",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "CaseAuditTests",
      dependencies: [
        "CaseAudit", .product(name: "PropertyBased", package: "swift-property-based"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .testTarget(name: "CaseAuditCLITests", dependencies: ["CaseAuditCLI", "CaseAudit"]),
    .testTarget(
      name: "CaseAuditWorkspaceTests",
      dependencies: [
        "CaseAuditWorkspace", "CaseAudit",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
