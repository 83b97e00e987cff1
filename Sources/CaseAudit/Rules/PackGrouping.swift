/// A named expression of pack.yaml's `groupings:` that puts each case under a unit (its IRO,
/// its team) for consistency, with what it reads, so that an export lacking those records
/// is not taken for every child being unallocated.
public struct PackGrouping: Sendable {
  /// The grouping's name (`iro`).
  public var name: String
  /// The unit of the frame's case, as text.
  public var value: Compiled
  /// The fields it reads, with the functions it calls.
  public var reads: [FieldRef]
  /// The record types it reads, the case type left out.
  public var typesRead: [Int]
}
