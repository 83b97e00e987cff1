/// CSV cells written straight into a sink, as `CSVBuffer` writes them (quoted only when they
/// hold a comma, a quote or a line break, RFC 4180) after `SpreadsheetText.neutralised`.
///
/// A census writes millions of cells: each is read from its string's own storage (no copy of
/// the string, so no reference count touched that other threads' findings share) and scanned
/// once.
extension ByteSink {
  /// Whether a byte makes a cell need quotes.
  @inline(__always)
  private static func needsQuotes(_ byte: UInt8) -> Bool {
    // All four lie below `-`: most bytes of a cell are decided by the first comparison.
    byte < 0x2D && (byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D)
  }

  /// Whether any of the bytes makes a cell need quotes: eight at a time, each word tested for
  /// a byte equal to any of the four (a zero byte of the word xor the byte repeated).
  @inline(__always)
  private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs = ones &* 0x80
    @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    let raw = UnsafeRawPointer(base)
    var index = 0
    while index + 8 <= utf8.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      let found =
        zeroBytes(word ^ (ones &* 0x2C)) | zeroBytes(word ^ (ones &* 0x22))
        | zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x0D))
      if found != 0 { return true }
      index += 8
    }
    while index < utf8.count {
      if needsQuotes(base[index]) { return true }
      index += 1
    }
    return false
  }

  /// Calls `body` with the string's UTF-8, read in place when the string has it contiguously
  /// (native and small strings: all of CaseAudit's), copied otherwise.
  @inline(__always)
  static func withUTF8<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = text
    return copy.withUTF8(body)
  }

  /// A cell; `neutralised` puts a `'` before one a spreadsheet could take for a formula.
  public mutating func csv(_ value: String, neutralised: Bool = true) {
    Self.withUTF8(of: value) { utf8 in
      let marked = neutralised && SpreadsheetText.startsLikeFormula(utf8.first)
      let quoted = Self.needsQuotes(utf8)
      if !quoted, !marked {
        write(bytes: utf8)
        return
      }
      if quoted { write(byte: 0x22) }
      if marked { write(byte: UInt8(ascii: "'")) }
      if quoted { writeDoublingQuotes(utf8) } else { write(bytes: utf8) }
      if quoted { write(byte: 0x22) }
    }
  }

  /// Evidence as one neutralised cell, `name value; name value`, without building the text.
  public mutating func csv(evidence: [EvidenceValue]) {
    // By index: an array's elements are lent in place (a buffer pointer's would be copied, as
    // the compiler cannot tell that its memory outlives the call).
    guard !evidence.isEmpty else { return }
    var quoted = false
    for index in evidence.indices where !quoted {
      quoted = Self.needsQuotes(text: evidence[index].name)
        || Self.needsQuotes(text: evidence[index].value)
    }
    // The text begins with the first name, or with the space after an empty one.
    let marked = SpreadsheetText.startsLikeFormula(evidence[0].name.utf8.first)
    if quoted { write(byte: 0x22) }
    if marked { write(byte: UInt8(ascii: "'")) }
    for index in evidence.indices {
      if index > 0 {
        write(byte: UInt8(ascii: ";"))
        write(byte: 0x20)
      }
      writeCellPart(evidence[index].name, quoted: quoted)
      write(byte: 0x20)
      writeCellPart(evidence[index].value, quoted: quoted)
    }
    if quoted { write(byte: 0x22) }
  }

  /// Whether text holds a byte that makes a cell need quotes, read from its UTF-8 storage.
  private static func needsQuotes(text: String) -> Bool {
    withUTF8(of: text) { needsQuotes($0) }
  }

  private mutating func writeCellPart(_ text: String, quoted: Bool) {
    Self.withUTF8(of: text) { quoted ? writeDoublingQuotes($0) : write(bytes: $0) }
  }

  private mutating func writeDoublingQuotes(_ utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    for index in 0..<utf8.count where utf8[index] == 0x22 {
      write(bytes: UnsafeBufferPointer(rebasing: utf8[start...index]))
      write(byte: 0x22)
      start = index + 1
    }
    write(bytes: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
  }
}
