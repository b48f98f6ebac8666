using System.Text;
using System.Text.Json;
using ContractKit.Runtime.Json;
using FsCheck;
using FsCheck.Fluent;
using ContractKit.Tests.Shared;

namespace ContractKit.Runtime.Tests.Json;

/// <summary>
/// Integer properties read what JSON Schema calls an integer: any number with no fractional part, however written
/// (<c>1.0</c>, <c>2e1</c>), so that a document the validator accepts is one the model can hold.
/// </summary>
public sealed class IntegerReadTests
{
    [Theory]
    [InlineData("1.0", 1)]
    [InlineData("2e1", 20)]
    [InlineData("-3.000", -3)]
    [InlineData("2147483647.0", int.MaxValue)]
    public void A_whole_number_with_a_fraction_or_exponent_reads_as_int32(string json, int expected)
    {
        Assert.Equal(expected, Read(json, JsonRead.Int32));
        Assert.Equal(expected, Read(json, JsonRead.Int64));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("2147483648.0")]
    [InlineData("1e400")]
    public void A_number_that_is_not_a_whole_int32_is_refused(string json)
        => Assert.Throws<JsonException>(() => Read(json, JsonRead.Int32));

    [Fact]
    public void Every_long_written_as_a_decimal_with_a_zero_fraction_reads_back()
        => Check.One(PropertyConfig.Quick(500), Prop.ForAll(ArbMap.Default.ArbFor<long>(), value =>
            Assert.Equal(value, Read(value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0", JsonRead.Int64))));

    private static T Read<T>(string json, JsonValueReader<T> read)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return read(ref reader, JsonSerializerOptions.Default);
    }
}
