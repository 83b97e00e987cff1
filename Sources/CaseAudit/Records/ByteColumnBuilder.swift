/// Collects a column's cells one record at a time from typed bytes: day numbers as they are,
/// texts interned by their bytes; other values (numbers, mapped values) as `Value`s.
struct ByteColumnBuilder {
  private var days: [Int32] = []
  private var codes: [Int32] = []
  private var interner = ByteInterner()
  /// Cells of the kinds read through `Value` (numbers, booleans), and any kind when mapped.
  private var general: ColumnBuilder
  private let isDate: Bool
  private let isText: Bool

  /// An empty builder for a field type, with room for `capacity` cells (an estimate; an id
  /// column also sizes its interner, since every id is new).
  init(for type: FieldType, capacity: Int) {
    switch type.base {
    case .date: (isDate, isText) = (true, false)
    case .id, .string, .code, .ref: (isDate, isText) = (false, true)
    case .int, .decimal, .bool: (isDate, isText) = (false, false)
    }
    general = ColumnBuilder(for: type, capacity: isDate || isText ? 0 : capacity)
    if isDate { days.reserveCapacity(capacity) }
    if isText { codes.reserveCapacity(capacity) }
    if case .id = type.base { interner = ByteInterner(capacity: capacity) }
  }

  /// Appends a date cell by its day number.
  @inline(__always)
  mutating func append(day: Int32) { days.append(day) }

  /// Appends a text cell by its bytes.
  @inline(__always)
  mutating func append(text: UnsafeBufferPointer<UInt8>) {
    let code = interner.intern(text)
    codes.append(code)
  }

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

  /// The number of the text already appended with these bytes, if any (nil for a column that
  /// holds no texts).
  func code(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    isText ? interner.find(bytes) : nil
  }

  /// The finished column; a key column keeps its text-to-code lookup.
  func build(keepingLookup: Bool = false) -> Column {
    if isDate { return Column(storage: .dates(days), lookup: keepingLookup ? [:] : nil) }
    guard isText else { return general.build(keepingLookup: keepingLookup) }
    let table = interner.texts()
    let lookup =
      keepingLookup
      ? Dictionary(uniqueKeysWithValues: table.enumerated().map { ($1, Int32($0)) }) : nil
    return Column(storage: .strings(codes: codes, table: table), lookup: lookup)
  }
}
