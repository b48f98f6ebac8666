using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation;
using ContractKit.Conformance.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using ContractKit.Tests.Shared;

namespace ContractKit.Conformance.Tests.Generation;

/// <summary>
/// Generated instances keep the keywords beyond type: numeric bounds (3.1's numeric exclusive bounds and 3.0's
/// boolean ones), multipleOf in decimal, int32's range, min/maxProperties, uniqueItems, const, not, and formats
/// as their RFCs spell them. Each check is written out by hand, not with the generator's own helpers.
/// </summary>
public class ConstraintInstanceProperties
{
    private static void Holds(string schemaYaml, Func<JsonNode?, bool> holds, string version = "3.1.0", int tests = 300)
    {
        var schema = InlineSchemas.Parse(schemaYaml, version);
        var instances = new SchemaInstances(InstanceOptions.Valid);
        Assert.Null(instances.WhyNot(schema));
        var property = Prop.ForAll(Arb.From(instances.For(schema)), node => holds(node).Label(node?.ToJsonString() ?? "null"));
        Check.One(PropertyConfig.Quick(tests), property);
    }

    private static decimal Number(JsonNode? node) => decimal.Parse(node!.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Numbers_keep_exclusive_bounds_and_decimal_multiples()
        => Holds("""
            type: number
            exclusiveMinimum: 0
            maximum: 0.5
            multipleOf: 0.125
            """, n => Number(n) is > 0 and <= 0.5m && Number(n) % 0.125m == 0);

    [Fact]
    public void Integers_keep_bounds_and_multiples()
        => Holds("""
            type: integer
            minimum: 10
            exclusiveMaximum: 20
            multipleOf: 3
            """, n => n!.GetValueKind() == JsonValueKind.Number && Number(n) is 12 or 15 or 18);

    [Fact]
    public void OpenAPI_3_0_boolean_exclusive_bounds_are_kept()
        => Holds("""
            type: number
            minimum: 1
            exclusiveMinimum: true
            maximum: 1.5
            exclusiveMaximum: true
            """, n => Number(n) is > 1 and < 1.5m, version: "3.0.3");

    [Fact]
    public void An_int32_stays_in_range_whatever_the_other_bound()
        => Holds("""
            type: integer
            format: int32
            minimum: 2147483000
            """, n => Number(n) is >= 2147483000 and <= int.MaxValue);

    [Fact]
    public void Objects_have_at_least_minProperties()
        => Holds("""
            type: object
            additionalProperties: false
            minProperties: 2
            properties:
              a: { type: string }
              b: { type: string }
              c: { type: string }
            """, n => n is JsonObject { Count: >= 2 } o && o.All(p => p.Key is "a" or "b" or "c"));

    [Fact]
    public void Objects_have_at_most_maxProperties_extras_included()
        => Holds("""
            type: object
            maxProperties: 1
            required: [a]
            properties:
              a: { type: string }
              b: { type: string }
            """, n => n is JsonObject { Count: 1 } o && o.ContainsKey("a"));

    [Fact]
    public void A_map_has_at_least_minProperties_entries()
        => Holds("""
            type: object
            minProperties: 2
            additionalProperties: { type: integer }
            """, n => n is JsonObject { Count: >= 2 } o && o.All(p => p.Value!.GetValueKind() == JsonValueKind.Number));

    [Fact]
    public void Unique_items_are_distinct_even_from_a_small_enum()
        => Holds("""
            type: array
            uniqueItems: true
            minItems: 3
            items: { type: string, enum: [a, b, c] }
            """, n => n is JsonArray { Count: 3 } a && a.Select(i => i!.GetValue<string>()).Distinct().Count() == 3);

    [Fact]
    public void A_const_is_the_only_value()
        => Holds("""
            type: integer
            const: 42
            """, n => Number(n) == 42);

    [Fact]
    public void A_not_excludes_its_values()
        => Holds("""
            type: integer
            minimum: 0
            maximum: 3
            not: { enum: [1, 2] }
            """, n => Number(n) is 0 or 3);

    [Fact]
    public void A_oneOf_instance_matches_exactly_one_alternative()
        => Holds("""
            oneOf:
              - { type: string, maxLength: 3 }
              - { type: string, minLength: 5 }
              - { type: integer }
            """, n => n!.GetValueKind() == JsonValueKind.Number || n.GetValue<string>().EnumerateRunes().Count() is <= 3 or >= 5);

    [Fact]
    public void Date_times_have_an_offset_and_dates_exist()
        => Holds("""
            type: object
            required: [at, on, id, ip, mail]
            properties:
              at: { type: string, format: date-time }
              on: { type: string, format: date }
              id: { type: string, format: uuid }
              ip: { type: string, format: ipv4 }
              mail: { type: string, format: email }
            """, n =>
        {
            var at = n!["at"]!.GetValue<string>();
            // RFC 3339 §5.6: date-time = full-date "T" full-time, and full-time ends in time-offset ("Z" / ±hh:mm).
            var offset = at.EndsWith('Z') || (at.Length > 6 && at[^6] is '+' or '-' && at[^3] == ':');
            return offset && DateTimeOffset.TryParseExact(at, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && DateOnly.TryParseExact(n["on"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                && Guid.TryParseExact(n["id"]!.GetValue<string>(), "D", out _)
                && n["ip"]!.GetValue<string>().Split('.') is { Length: 4 } octets && octets.All(o => int.TryParse(o, out var b) && b is >= 0 and <= 255)
                && n["mail"]!.GetValue<string>() is var mail && mail.IndexOf('@') > 0 && mail.IndexOf('@') < mail.Length - 1;
        });
}
