/// Collects a column's cells one record at a time from typed bytes: day numbers as they are,
/// texts interned by their bytes; other values (numbers, mapped values) as `Value`s.
struct ByteColumnBuilder {
  /// The day numbers of a date column.
  private(set) var days: [Int32] = []
  /// The text numbers of a text column (-1 empty).
  private(set) var codes: [Int32] = []
  private var interner = ByteInterner()
  /// Cells of the kinds read through `Value` (numbers, booleans), and any kind when mapped.
  private var general: ColumnBuilder
  /// Whether the column holds day numbers.
  let isDate: Bool
  /// Whether the column holds interned texts.
  let isText: Bool
  /// The number of the last text appended by its bytes: a run of equal texts (a child's rows,
  /// one after another) is numbered by comparing bytes, without hashing them.
  private var last: Int32 = -1

  /// An empty builder for a field type, with room for `capacity` cells (an estimate; an id
  /// column also sizes its interner, since every id is new). A builder `byBytes` tells texts
  /// apart by their bytes alone (a chunk's, joined later through a builder that does not).
  init(for type: FieldType, capacity: Int, byBytes: Bool = false) {
    switch type.base {
    case .date: (isDate, isText) = (true, false)
    case .id, .string, .code, .ref: (isDate, isText) = (false, true)
    case .int, .decimal, .bool: (isDate, isText) = (false, false)
    }
    general = ColumnBuilder(for: type, capacity: isDate || isText ? 0 : capacity)
    if isDate { days.reserveCapacity(capacity) }
    if isText { codes.reserveCapacity(capacity) }
    let texts = type.base == .id ? capacity : 0
    // A chunk's ids are numbered without being looked for: they are nearly all distinct.
    interner = ByteInterner(
      capacity: texts, byBytes: byBytes, listing: byBytes && type.base == .id)
  }

  /// Appends a date cell by its day number.
  @inline(__always)
  mutating func append(day: Int32) { days.append(day) }

  /// Appends date cells by their day numbers.
  mutating func append(days more: [Int32]) { days.append(contentsOf: more) }

  /// Appends text cells by another builder's numbers (-1 empty), each given its number here
  /// by `numbers`.
  mutating func append(codes local: [Int32], numberedBy numbers: [Int32]) {
    codes.reserveCapacity(codes.count + local.count)
    numbers.withUnsafeBufferPointer { numbers in
      for code in local { codes.append(code < 0 ? -1 : numbers[Int(code)]) }
    }
  }

  /// Appends a text cell by its bytes.
  @inline(__always)
  mutating func append(text: UnsafeBufferPointer<UInt8>) {
    if last >= 0 && interner.has(last, bytes: text) { return codes.append(last) }
    let code = interner.intern(text)
    last = code
    codes.append(code)
  }

  /// The number of a text cell by its bytes, as `append(text:)` numbers it, to be appended
  /// with `append(codes:)` once the cells it is typed with are known to be good.
  @inline(__always)
  mutating func number(text: UnsafeBufferPointer<UInt8>) -> Int32 {
    if last >= 0 && interner.has(last, bytes: text) { return last }
    last = interner.intern(text)
    return last
  }

  /// Appends text cells by their numbers here (from `number(text:)`; -1 empty).
  mutating func append(codes more: [Int32]) { codes.append(contentsOf: more) }

  /// Appends an empty cell.
  mutating func appendEmpty() {
    if isDate {
      days.append(.min)
    } else if isText {
      codes.append(-1)
    } else {
      general.append(.null)
    }
  }

  /// Appends a cell read as a value (a value of the wrong kind is stored as empty, as
  /// `ColumnBuilder` does).
  mutating func append(_ value: Value) {
    if isDate {
      if case .date(let day) = value { days.append(Int32(day.number)) } else { days.append(.min) }
    } else if isText {
      guard case .string(let string) = value else { return codes.append(-1) }
      var text = string
      let code = text.withUTF8 { interner.intern($0) }
      codes.append(code)
    } else {
      general.append(value)
    }
  }

  /// The number this builder gives a text, interning it when it is new; append it with
  /// `append(code:)`. `hash`, when given, is `ByteInterner.hash(bytes)`.
  @inline(__always)
  mutating func code(interning bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32 {
    interner.intern(bytes, hash: hash)
  }

  /// The number of a text and whether it is new, interning it when it is; `hash`, when given,
  /// is `ByteInterner.hash(bytes)`.
  @inline(__always)
  mutating func insert(
    _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil
  ) -> (code: Int32, inserted: Bool) {
    interner.insert(bytes, hash: hash)
  }

  /// Numbers texts given one after another, as `ByteInterner.insertAll` does (-1 minus the
  /// number of each already here); nil when it declines them.
  mutating func insertAll(
    _ bytes: UnsafeBufferPointer<UInt8>, ends: [Int], hashes: [UInt64]
  ) -> [Int32]? {
    interner.insertAll(bytes, ends: ends, hashes: hashes)
  }

  /// The number here of each text of another builder, interning the new ones in its order;
  /// nil when `ByteInterner.numbers(of:)` declines them.
  mutating func numbers(ofTextsOf other: ByteColumnBuilder) -> [Int32]? {
    interner.numbers(of: other.interner)
  }

  /// Starts fetching where texts with the `ByteInterner.hash`es in `range` are looked for (see
  /// `ByteInterner.prefetch`).
  func prefetch(_ hashes: [UInt64], _ range: Range<Int>) {
    interner.prefetch(hashes, range)
  }

  /// Starts fetching where another builder's texts numbered in `range` are looked for.
  func prefetch(textsOf other: ByteColumnBuilder, _ range: Range<Int>) {
    interner.prefetch(textsOf: other.interner, range)
  }

  /// Appends a text cell by its number (from `code(interning:)` or `insert`), or -1 for empty.
  @inline(__always)
  mutating func append(code: Int32) { codes.append(code) }

  /// The number of distinct texts appended.
  var textCount: Int { interner.count }

  /// The `ByteInterner.hash` of the bytes of the text with a number, when the interner kept it.
  func hash(of code: Int32) -> UInt64? { interner.hash(of: code) }

  /// Calls `body` with the bytes of the text with a number.
  func withText<Result>(_ code: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    interner.withBytes(of: code, body)
  }

  /// The text of a cell of a text column, nil when empty.
  func text(_ row: Int) -> String? {
    guard isText, codes[row] >= 0 else { return nil }
    return withText(codes[row]) { String(decoding: $0, as: UTF8.self) }
  }

  /// The cells read as values (numbers, booleans), as a column.
  func generalColumn() -> Column { general.build() }

  /// The number of the text already appended with these bytes, if any (nil for a column that
  /// holds no texts).
  func code(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int32? {
    isText ? interner.find(bytes, hash: hash) : nil
  }

  /// The finished column; a key column keeps its interner, to find keys by their bytes.
  func build(keepingLookup: Bool = false) -> Column {
    if isDate { return Column(storage: .dates(days)) }
    guard isText else { return general.build() }
    let storage = Column.Storage.strings(codes: codes, table: interner.texts())
    return Column(storage: storage, keyIndex: keepingLookup ? interner : nil)
  }
}
