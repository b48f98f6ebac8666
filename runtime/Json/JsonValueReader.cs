using System.Text.Json;

namespace ContractKit.Runtime.Json;

/// <summary>Reads one JSON value of type <typeparamref name="T"/> at the reader's current token.</summary>
/// <remarks>Generated converters compose these without reflection, so the code stays AOT- and trim-safe.</remarks>
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader, JsonSerializerOptions options);

/// <summary>Writes one JSON value of type <typeparamref name="T"/>.</summary>
public delegate void JsonValueWriter<in T>(Utf8JsonWriter writer, T value, JsonSerializerOptions options);
