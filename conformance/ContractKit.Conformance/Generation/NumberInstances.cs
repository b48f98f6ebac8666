using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Integers and numbers within <c>minimum</c>/<c>maximum</c> and their exclusive forms, multiples of
/// <c>multipleOf</c>, and inside the range of an <c>int32</c>/<c>int64</c> format. Arithmetic is decimal, so a
/// bound such as 0.1 or a multipleOf of 0.01 is met exactly, not to within binary rounding.
/// </summary>
internal static class NumberInstances
{
    /// <summary>How far from one given bound values go when the other is absent.</summary>
    private const long Window = 100_000;

    /// <summary>At most this many multiples are drawn from, counted from the low end.</summary>
    private const int MaxSteps = 10_000;

    /// <summary>A generator, or null with the reason no value fits.</summary>
    public static Gen<JsonNode?>? For(IOpenApiSchema schema, bool integer, out string? reason)
    {
        reason = null;
        var (low, lowExclusive) = Bound(schema.Minimum, schema.ExclusiveMinimum, below: true);
        var (high, highExclusive) = Bound(schema.Maximum, schema.ExclusiveMaximum, below: false);
        var multiple = schema.MultipleOf is > 0 ? schema.MultipleOf : null;
        if (integer)
        {
            // An integer multiple of m is a multiple of the smallest positive integer that is one (m = 0.5 → 1, m = 2.5 → 5).
            multiple = multiple is { } m ? SmallestIntegerMultiple(m) : 1;
            if (multiple is null)
            {
                reason = $"no integer is a multiple of {schema.MultipleOf}";
                return null;
            }
        }
        var (first, last) = Range(low, high);
        if (integer || schema.Format is "int32" or "int64")
        {
            // The format's range bounds the values too: an int32 is at most 2147483647 whatever maximum says.
            var (formatLow, formatHigh) = schema.Format == "int32" ? (int.MinValue, int.MaxValue) : (long.MinValue, (decimal)long.MaxValue);
            (first, lowExclusive) = first < formatLow ? (formatLow, false) : (first, lowExclusive);
            (last, highExclusive) = last > formatHigh ? (formatHigh, false) : (last, highExclusive);
        }
        if (multiple is { } step)
        {
            var firstStep = Math.Ceiling(first / step);
            if (lowExclusive && firstStep * step <= first) firstStep++;
            var lastStep = Math.Floor(last / step);
            if (highExclusive && lastStep * step >= last) lastStep--;
            if (firstStep > lastStep)
            {
                reason = $"no multiple of {step} in the range";
                return null;
            }
            var count = (int)Math.Min(lastStep - firstStep, MaxSteps);
            return Gen.Choose(0, count).Select(k => Value((firstStep + k) * step, integer));
        }
        // Numbers: quarters within the range, exact in binary and in decimal; else the middle of a narrow range.
        var firstQuarter = Math.Ceiling(first * 4);
        if (lowExclusive && firstQuarter / 4 <= first) firstQuarter++;
        var lastQuarter = Math.Floor(last * 4);
        if (highExclusive && lastQuarter / 4 >= last) lastQuarter--;
        if (firstQuarter <= lastQuarter)
        {
            var count = (int)Math.Min(lastQuarter - firstQuarter, MaxSteps);
            return Gen.Choose(0, count).Select(k => Value((firstQuarter + k) / 4, integer: false));
        }
        if (first < last || (first == last && !lowExclusive && !highExclusive))
        {
            return Gen.Constant(Value((first + last) / 2, integer: false));
        }
        reason = "the numeric range is empty";
        return null;
    }

    /// <summary>The range to draw from: the bounds where given, a window around the one given (or zero) where not.</summary>
    private static (decimal First, decimal Last) Range(decimal? low, decimal? high) => (low, high) switch
    {
        ({ } l, { } h) => (l, h),
        ({ } l, null) => (l, l + Window),
        (null, { } h) => (h - Window, h),
        _ => (-1000, 1000),
    };

    /// <summary>The tighter of the inclusive and exclusive bound, with whether it is exclusive.</summary>
    private static (decimal? Value, bool Exclusive) Bound(string? inclusive, string? exclusive, bool below)
    {
        var i = SchemaFacts.Decimal(inclusive);
        var e = SchemaFacts.Decimal(exclusive);
        return (i, e) switch
        {
            (null, null) => (null, false),
            ({ } only, null) => (only, false),
            (null, { } only) => (only, true),
            ({ } a, { } b) => below ? (b >= a ? (b, true) : (a, false)) : (b <= a ? (b, true) : (a, false)),
        };
    }

    private static decimal? SmallestIntegerMultiple(decimal m)
    {
        for (var n = 1; n <= 10_000; n++)
        {
            var product = n * m;
            if (product == Math.Floor(product))
            {
                return product;
            }
        }
        return null;
    }

    private static JsonNode? Value(decimal value, bool integer)
    {
        if (integer && value is >= long.MinValue and <= long.MaxValue)
        {
            return JsonValue.Create((long)value);
        }
        // Dividing by 1.000… drops the trailing zeros a decimal keeps from its scale (3.0 → 3), so an integral
        // value is written as an integer, which every reader accepts as a number.
        return JsonValue.Create(value / 1.000000000000000000000000000000000m);
    }
}
