using System;
using System.Text;

namespace ContractKit.Generator.Emitting.Shared;

/// <summary>A StringBuilder with an indentation level, for writing C# one line at a time.</summary>
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
}
