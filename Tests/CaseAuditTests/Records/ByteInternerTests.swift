import Testing

@testable import CaseAudit

/// The interner that numbers a column's texts from their bytes must number them as a
/// `Dictionary` keyed by `String` does (in order of first appearance, canonically equivalent
/// spellings one text, the first spelling kept), or by their bytes alone when `byBytes`;
/// whether or not the caller gives the bytes' hash (and reads slots ahead, as the import
/// does, past the last text too), and across the table's growth.
@Suite struct ByteInternerTests {
  /// Pieces of texts: ASCII, empty, and spellings that differ in bytes but not to `String`
  /// (é precomposed and decomposed; Å, A with ring, and the angstrom sign).
  private static let pieces = [
    "", "a", "C1", "-", "0", "xyz", "\u{E9}", "e\u{301}", "\u{C5}", "A\u{30A}", "\u{212B}", " ",
  ]

  /// Seeded texts with repeats: up to six pieces each, so lengths cross the hash's
  /// eight-byte words, and enough distinct ones to grow the table several times.
  private static func texts(seed: UInt64, count: Int) -> [String] {
    var generator = SplitMix(state: seed)
    var drawn: [String] = []
    for _ in 0..<count {
      if !drawn.isEmpty && Int.random(in: 0..<4, using: &generator) == 0 {
        drawn.append(drawn[Int.random(in: 0..<drawn.count, using: &generator)])
        continue
      }
      let length = Int.random(in: 0...6, using: &generator)
      drawn.append(
        (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    return drawn
  }

  @Test(arguments: [false, true])
  func numbersTextsAsAStringDictionaryDoes(givingHashes: Bool) {
    for seed: UInt64 in 1...6 {
      let texts = Self.texts(seed: seed, count: 4_000)
      var expected: [String: Int32] = [:]
      var firstSpellings: [String] = []
      var interner = ByteInterner(capacity: Int(seed % 3) * 100)
      let hashes = texts.map { text in
        var copy = text
        return copy.withUTF8(ByteInterner.hash)
      }
      for (index, text) in texts.enumerated() {
        if givingHashes && index % 16 == 0 { interner.prefetch(hashes, index..<index + 16) }
        let new = expected[text] == nil
        if new {
          expected[text] = Int32(firstSpellings.count)
          firstSpellings.append(text)
        }
        var copy = text
        let (code, inserted) = copy.withUTF8 {
          interner.insert($0, hash: givingHashes ? ByteInterner.hash($0) : nil)
        }
        #expect(code == expected[text] && inserted == new, "\(Array(text.unicodeScalars))")
      }
      #expect(interner.count == firstSpellings.count)
      #expect(interner.texts() == firstSpellings)
      #expect(zip(interner.texts(), firstSpellings).allSatisfy { $0.utf8.elementsEqual($1.utf8) })
      for text in texts + ["not interned", "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}x"] {
        var copy = text
        let found = copy.withUTF8 {
          interner.find($0, hash: givingHashes ? ByteInterner.hash($0) : nil)
        }
        #expect(found == expected[text])
      }
    }
  }

  @Test func isASCIIFindsANonASCIIByteAnywhere() {
    // Every length across several eight-byte words, from every offset in a word, with one
    // byte at or above 0x80 at each position in turn, or none.
    for offset in 0..<8 {
      for length in 0...40 {
        var bytes = [UInt8](repeating: 0x7F, count: offset + length)
        let plain = bytes.withUnsafeBufferPointer {
          ByteInterner.isASCII(UnsafeBufferPointer(rebasing: $0[offset...]))
        }
        #expect(plain)
        for position in offset..<bytes.count {
          bytes[position] = 0x80 | UInt8(position)
          let found = bytes.withUnsafeBufferPointer {
            !ByteInterner.isASCII(UnsafeBufferPointer(rebasing: $0[offset...]))
          }
          #expect(found, "offset \(offset), length \(length), position \(position)")
          bytes[position] = 0x7F
        }
      }
    }
  }

  @Test func sameBytesFindsADifferenceAnywhere() {
    // Every length across several words, from every offset in a word on each side, with one
    // byte differing at each position in turn, or none.
    for (leftOffset, rightOffset) in [(0, 0), (1, 5), (3, 0), (7, 2)] {
      for length in 0...24 {
        let left = [UInt8](repeating: 9, count: leftOffset) + (0..<length).map { UInt8($0) }
        var right = [UInt8](repeating: 7, count: rightOffset) + (0..<length).map { UInt8($0) }
        let same = {
          left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
              ByteInterner.sameBytes(
                left.baseAddress! + leftOffset, right.baseAddress! + rightOffset, count: length)
            }
          }
        }
        guard length > 0 else { continue }
        #expect(same())
        for position in 0..<length {
          right[rightOffset + position] ^= 0x40
          #expect(!same(), "offsets \(leftOffset) \(rightOffset), length \(length), at \(position)")
          right[rightOffset + position] ^= 0x40
        }
      }
    }
  }

  @Test func byBytesNumbersEachSpellingAndKeepsItsHash() {
    for seed: UInt64 in 7...10 {
      let texts = Self.texts(seed: seed, count: 3_000)
      var expected: [[UInt8]: Int32] = [:]
      var interner = ByteInterner(byBytes: true)
      for text in texts {
        let bytes = Array(text.utf8)
        let new = expected[bytes] == nil
        if new { expected[bytes] = Int32(expected.count) }
        let (code, inserted) = bytes.withUnsafeBufferPointer { interner.insert($0) }
        #expect(code == expected[bytes] && inserted == new)
      }
      for (bytes, code) in expected {
        #expect(bytes.withUnsafeBufferPointer { interner.find($0) } == code)
        #expect(interner.hash(of: code) == bytes.withUnsafeBufferPointer(ByteInterner.hash))
        #expect(interner.withBytes(of: code) { Array($0) } == bytes)
      }
    }
  }

  @Test(arguments: [false, true])
  func numbersTextsInBatchesAsInsertDoesOneByOne(byBytes: Bool) {
    for seed: UInt64 in 11...14 {
      // ASCII texts alone for an interner that keys others by NFC (it declines those).
      let texts = Self.texts(seed: seed, count: 3_000).filter {
        byBytes || $0.utf8.allSatisfy { $0 < 0x80 }
      }
      var expected = ByteInterner(byBytes: byBytes)
      var batched = ByteInterner(byBytes: byBytes)
      var start = 0
      for size in [1, 2, 7, 100, 1_000, 3_000] where start < texts.count {
        let batch = Array(texts[start..<min(texts.count, start + size)])
        start += batch.count
        let bytes = batch.flatMap { Array($0.utf8) }
        let ends = batch.reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.utf8.count) }
        let hashes = batch.map { Array($0.utf8).withUnsafeBufferPointer(ByteInterner.hash) }
        let numbers = bytes.withUnsafeBufferPointer {
          batched.insertAll($0, ends: ends, hashes: hashes)
        }
        let oneByOne = batch.map { text in
          let (code, inserted) = Array(text.utf8).withUnsafeBufferPointer { expected.insert($0) }
          return inserted ? code : -1 - code
        }
        #expect(numbers == oneByOne, "seed \(seed), batch of \(size)")
      }
      #expect(batched.texts() == expected.texts())
      for text in texts + ["not interned"] {
        let bytes = Array(text.utf8)
        #expect(
          bytes.withUnsafeBufferPointer { batched.find($0) }
            == bytes.withUnsafeBufferPointer { expected.find($0) })
      }
    }
  }

  @Test func declinesTextsThatAreNotASCIIUnlessByBytes() {
    var interner = ByteInterner()
    let bytes = Array("ab\u{E9}".utf8)
    let declined = bytes.withUnsafeBufferPointer {
      interner.insertAll($0, ends: [1, bytes.count], hashes: [0, 0])
    }
    #expect(declined == nil && interner.count == 0)
  }

  @Test func numbersAnotherInternersTextsAsInterningEachDoes() {
    for seed: UInt64 in 15...17 {
      var chunk = ByteInterner(byBytes: true)
      for text in Self.texts(seed: seed, count: 500) where text.utf8.allSatisfy({ $0 < 0x80 }) {
        _ = Array(text.utf8).withUnsafeBufferPointer { chunk.insert($0) }
      }
      var expected = ByteInterner()
      var batched = ByteInterner()
      for text in ["C1", "xyz", ""] {
        _ = Array(text.utf8).withUnsafeBufferPointer { expected.insert($0) }
        _ = Array(text.utf8).withUnsafeBufferPointer { batched.insert($0) }
      }
      var oneByOne: [Int32] = []
      chunk.forEachText { _, bytes in oneByOne.append(expected.intern(bytes)) }
      #expect(batched.numbers(of: chunk) == oneByOne)
      #expect(batched.texts() == expected.texts())
    }
  }

  @Test func makesManyTextsInBlocksInOrder() {
    // More texts than one block, so that they are made in blocks on several threads.
    let texts = (0..<70_000).map { "T\($0)" }
    var interner = ByteInterner()
    for text in texts { _ = Array(text.utf8).withUnsafeBufferPointer { interner.insert($0) } }
    #expect(interner.texts() == texts)
  }
}
