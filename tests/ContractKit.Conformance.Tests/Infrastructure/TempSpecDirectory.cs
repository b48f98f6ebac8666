namespace ContractKit.Conformance.Tests.Infrastructure;

/// <summary>A fresh temporary folder for spec files a test writes; deleted with the test class (xunit disposes it).</summary>
public sealed class TempSpecDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("contractkit-tests-").FullName;

    /// <summary>Writes <paramref name="text"/> to a new file in the folder and returns its full path.</summary>
    public string Write(string fileName, string text)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing a passed test over it is not.
        }
    }
}
