extension DatasetAssembler {
  /// The accepted rows by a date column's days (empty last), then by their keys' texts, as
  /// the general sort orders them: the rows are grouped by day (a counting sort when the days
  /// span a short range, else packed with their rows and radix-sorted), and only rows of one
  /// day compared by their keys (a day's few, not every key of the type). Nil when that cannot
  /// give the same order: a row without a key, two rows with one key, a day at the very end of
  /// `Int32`'s range.
  static func byDay(_ days: [Int32], key: Column, keeping accepted: [Bool]) -> [Int]? {
    guard case .strings(let codes, let table) = key.storage else { return nil }
    var seen = [Bool](repeating: false, count: table.count)
    var (first, last, kept) = (Int32.max, Int32.min, 0)
    for row in days.indices where accepted[row] {
      let (day, code) = (days[row], Int(codes[row]))
      guard day != .max, code >= 0, !seen[code] else { return nil }
      seen[code] = true
      kept += 1
      if day != .min { (first, last) = (min(first, day), max(last, day)) }
    }
    let texts = KeyTexts(table: table, index: key.keyIndex)
    // A day's bucket per day of the range, and one for empty days after them; counting
    // costs a pass over the buckets, so a range far wider than the rows is radix-sorted.
    let span = first > last ? 0 : Int(last) - Int(first) + 1
    guard span <= 4 * kept + 256 else {
      return Self.byPackedDay(days, codes: codes, texts: texts, keeping: accepted)
    }
    var placed: [TextPrefix] = []
    let starts = Self.placeByDay(
      days, from: first, span: span, kept: kept, accepted: accepted, codes: codes,
      prefixes: texts.prefixes, into: &placed)
    for bucket in 0..<starts.count - 1 where starts[bucket + 1] - starts[bucket] > 1 {
      texts.sort(&placed[starts[bucket]..<starts[bucket + 1]]) { codes[Int($0)] }
    }
    return placed.withUnsafeBufferPointer { placed in
      [Int](count: placed.count) { Int(placed[$0].tag) }
    }
  }

  /// `byDay` for days spread too widely to count: day and row packed into one integer per
  /// row, so the rows sort as integers, then each day's rows by their keys.
  private static func byPackedDay(
    _ days: [Int32], codes: [Int32], texts: KeyTexts, keeping accepted: [Bool]
  ) -> [Int] {
    var packed: [UInt64] = []
    packed.reserveCapacity(days.count)
    for row in days.indices where accepted[row] {
      let day = days[row]
      // The sign bit flipped orders days as unsigned numbers; an empty day sorts last.
      let high = day == .min ? UInt64(UInt32.max) : UInt64(UInt32(bitPattern: day) ^ 0x8000_0000)
      packed.append(high << 32 | UInt64(row))
    }
    let sorted = RadixSort.sorted(packed)
    var rows: [Int] = []
    rows.reserveCapacity(sorted.count)
    var run: [TextPrefix] = []
    var start = 0
    while start < sorted.count {
      var end = start + 1
      while end < sorted.count && sorted[end] >> 32 == sorted[start] >> 32 { end += 1 }
      if end - start == 1 {
        rows.append(Int(sorted[start] & 0xFFFF_FFFF))
      } else {
        run.removeAll(keepingCapacity: true)
        for packed in sorted[start..<end] {
          let row = Int32(truncatingIfNeeded: packed & 0xFFFF_FFFF)
          run.append(TextPrefix(texts.prefixes[Int(codes[Int(row)])], tag: row))
        }
        texts.sort(&run[...]) { codes[Int($0)] }
        rows.append(contentsOf: run.lazy.map { Int($0.tag) })
      }
      start = end
    }
    return rows
  }

  /// Each accepted row's key prefix (tagged with the row) placed by day, a counting sort:
  /// days `first` to `first + span - 1`, then the empty day; rows in order within a day. The
  /// rows are read in order and their prefixes written to their days' places, not gathered
  /// in day order (a read from anywhere in the prefixes per row, which waits on memory).
  /// Returns where each day's prefixes start (the last, the end of them all).
  private static func placeByDay(
    _ days: [Int32], from first: Int32, span: Int, kept: Int, accepted: [Bool],
    codes: [Int32], prefixes: [TextPrefix], into placed: inout [TextPrefix]
  ) -> [Int] {
    // Bucket b's count is at b + 1, then the sums make it where b + 1 starts.
    var starts = [Int](repeating: 0, count: span + 2)
    let bucketOf = { (day: Int32) -> Int in day == .min ? span : Int(day) - Int(first) }
    for row in days.indices where accepted[row] { starts[bucketOf(days[row]) + 1] += 1 }
    for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
    var next = starts
    placed = days.withUnsafeBufferPointer { days in
      codes.withUnsafeBufferPointer { codes in
        prefixes.withUnsafeBufferPointer { prefixes in
          next.withUnsafeMutableBufferPointer { next in
            [TextPrefix](unsafeUninitializedCapacity: kept) { buffer, count in
              for row in days.indices where accepted[row] {
                let bucket = bucketOf(days[row])
                let entry = TextPrefix(prefixes[Int(codes[row])], tag: Int32(row))
                // Every place below `kept` is written once: the counts were of these rows.
                buffer.initializeElement(at: next[bucket], to: entry)
                next[bucket] += 1
              }
              count = kept
            }
          }
        }
      }
    }
    return starts
  }
}
