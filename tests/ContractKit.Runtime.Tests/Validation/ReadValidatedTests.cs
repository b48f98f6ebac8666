using System.Text;
using System.Text.Json;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Validation;

/// <summary>
/// <see cref="JsonValidator.ReadValidated"/>: a valid document is read once into its model; the first failure ends
/// the one pass (a huge array is not read to its end) and the validator's walk gives the result.
/// </summary>
public sealed class ReadValidatedTests
{
    private const int MaxItems = 3;

    [Fact]
    public void A_valid_array_is_read_in_one_pass()
    {
        var (result, value, calls) = Read("[1, 2, 3]");

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal([1, 2, 3], value);
        Assert.Equal(3, calls);
    }

    [Fact]
    public void One_item_too_many_stops_the_one_pass_and_the_validator_reports_it()
    {
        var (result, value, calls) = Read("[" + string.Join(", ", Enumerable.Range(1, 10_000)) + "]");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("", "maxItems"), (error.Pointer, error.Keyword));
        Assert.Null(value);
        Assert.Equal(MaxItems, calls); // the fourth item was never read into the model
    }

    [Fact]
    public void A_document_the_model_cannot_hold_but_the_schema_allows_is_an_error_not_a_valid_result_without_a_value()
    {
        // The validator allows anything; the reader refuses a string: valid by the schema, no model.
        var result = JsonValidator.ReadValidated<int>(
            Encoding.UTF8.GetBytes("\"text\""),
            static (ref Utf8JsonReader reader, ref JsonValidationState state, JsonSerializerOptions options) => reader.GetInt32(),
            static (ref JsonScanner reader, ref JsonValidationState state) => reader.Skip(),
            JsonSerializerOptions.Default,
            out _);

        Assert.Equal("model", Assert.Single(result.Errors).Keyword);
    }

    private static (ValidationResult Result, IReadOnlyList<int>? Value, int Calls) Read(string json)
    {
        var calls = 0;
        JsonCheckedReader<int> item = (ref Utf8JsonReader reader, ref JsonValidationState state, JsonSerializerOptions options) =>
        {
            calls++;
            return reader.GetInt32();
        };
        var result = JsonValidator.ReadValidated<IReadOnlyList<int>>(
            Encoding.UTF8.GetBytes(json),
            (ref Utf8JsonReader reader, ref JsonValidationState state, JsonSerializerOptions options) => JsonCheckedRead.List(ref reader, ref state, options, item, 0, MaxItems),
            CountItems,
            JsonSerializerOptions.Default,
            out var value);
        return (result, value, calls);
    }

    /// <summary>The validator of an array of at most <see cref="MaxItems"/> items, as a generated one words it.</summary>
    private static void CountItems(ref JsonScanner reader, ref JsonValidationState state)
    {
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            count++;
        }
        if (count > MaxItems)
        {
            state.Fail(ref reader, "maxItems", $"Must have at most {MaxItems} items.");
        }
    }
}
