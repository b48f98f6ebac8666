using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ContractKit.Generator.Emitting.Shared;

/// <summary>
/// A StringBuilder with an indentation level, for writing C# one line at a time. An interpolated line
/// (<c>writer.WriteLine($"case {i}:")</c>) is written straight into the builder by <see cref="Line"/>: a huge spec
/// writes tens of millions of characters, and making a string of each line first doubled what the generator
/// allocated (docs/benchmarks.md §1, session 7).
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int indentation;

    public void WriteLine(string line = "")
    {
        if (line.Length > 0)
        {
            builder.Append(' ', indentation * 4);
        }
        builder.Append(line).Append('\n');
    }

    /// <summary>Ends an interpolated line, which the handler has already written.</summary>
    public void WriteLine([InterpolatedStringHandlerArgument("")] ref Line line) => line.End();

    /// <summary>Writes '{' and indents until the matching <see cref="CloseBlock"/>.</summary>
    public void OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            WriteLine(header);
        }
        WriteLine("{");
        indentation++;
    }

    /// <summary>Writes an interpolated header, then '{', and indents until the matching <see cref="CloseBlock"/>.</summary>
    public void OpenBlock([InterpolatedStringHandlerArgument("")] ref Line header)
    {
        header.End();
        WriteLine("{");
        indentation++;
    }

    public void CloseBlock(string suffix = "")
    {
        indentation--;
        WriteLine("}" + suffix);
    }

    public void Indent() => indentation++;

    public void Unindent() => indentation--;

    public override string ToString()
    {
        if (indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced blocks in generated source.");
        }
        return builder.ToString();
    }

    /// <summary>
    /// An interpolated line, appended piece by piece to the writer's builder after its indentation. Values are
    /// formatted with the invariant culture: generated code must not depend on the machine that builds it.
    /// </summary>
    [InterpolatedStringHandler]
    public readonly ref struct Line
    {
        private readonly SourceWriter writer;
        private readonly int start;

        public Line(int literalLength, int formattedCount, SourceWriter writer)
        {
            this.writer = writer;
            start = writer.builder.Length;
            writer.builder.Append(' ', writer.indentation * 4);
        }

        public void AppendLiteral(string value) => writer.builder.Append(value);

        public void AppendFormatted(string? value) => writer.builder.Append(value);

        public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

        public void AppendFormatted<T>(T value, string? format)
            => writer.builder.Append(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString());

        /// <summary>Ends the line; a line that came out empty gets no indentation, as <see cref="WriteLine(string)"/> does.</summary>
        internal void End()
        {
            if (writer.builder.Length == start + writer.indentation * 4)
            {
                writer.builder.Length = start;
            }
            writer.builder.Append('\n');
        }
    }
}
