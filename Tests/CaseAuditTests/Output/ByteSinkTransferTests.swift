import Foundation
import Testing

@testable import CaseAudit

/// A sink's bytes handed over whole (`takeBytes`), and bytes longer than a buffer written
/// straight to a file, give the bytes and hash of writing them one at a time.
@Suite struct ByteSinkTransferTests {
  /// Seeded pieces of every size: empty, single bytes, around the buffer's size and well over.
  static func pieces(seed: UInt64) -> [[UInt8]] {
    var random = RandomSource(seed: seed)
    let buffer = ByteSink.capacity
    let sizes = [0, 1, 7, buffer - 1, buffer, buffer + 1, 3, 200_001]
    return (0..<24).map { index in
      let size = index < sizes.count ? sizes[index] : random.int(in: 0...150_000)
      return (0..<size).map { _ in UInt8(truncatingIfNeeded: random.int(in: 0...255)) }
    }
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func bytesWrittenThroughToAFileEqualThoseWrittenOneByOne(seed: UInt64) throws {
    let pieces = Self.pieces(seed: seed)
    let expected = pieces.flatMap { $0 }
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("sink-\(UUID().uuidString)").path
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    try #require(descriptor >= 0)
    defer { unlink(path) }
    var sink = ByteSink(descriptor: descriptor, name: path, hashing: true)
    for (index, piece) in pieces.enumerated() {
      if index % 3 == 0 {
        for byte in piece { sink.write(byte: byte) }
      } else {
        piece.withUnsafeBufferPointer { sink.write(bytes: $0) }
      }
    }
    let count = sink.count
    try sink.finish()
    close(descriptor)
    let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(count == expected.count)
    #expect(written == expected)
    #expect(sink.sha256() == Fingerprint.sha256(expected))
  }

  @Test(arguments: [1, 2] as [UInt64])
  func bytesTakenFromASinkAreThoseWrittenAndLeaveItEmpty(seed: UInt64) {
    var sink = ByteSink()
    var expected: [UInt8] = []
    for piece in Self.pieces(seed: seed) {
      piece.withUnsafeBufferPointer { sink.write(bytes: $0) }
      expected += piece
    }
    let taken = sink.takeBytes()
    let bytes = taken.withBytes { Array($0) }
    #expect(taken.count == expected.count)
    #expect(bytes == expected)
    let left = sink.bytes
    #expect(left.isEmpty)
    sink.write("again")
    let again = sink.bytes
    #expect(again == Array("again".utf8))
  }
}
