using System.Diagnostics;
using System.Text;

namespace ContractKit.Package.Tests.Infrastructure;

/// <summary>What a finished child process did: its exit code and everything it printed.</summary>
public sealed record ProcessResult(string Command, string WorkingDirectory, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public IEnumerable<string> OutputLines
        => (StandardOutput + "\n" + StandardError).Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0);

    /// <summary>A report for an assertion message: the command, where it ran, its exit code and its output.</summary>
    public string Describe()
        => $"""
            $ {Command}
              (in {WorkingDirectory}, exit code {ExitCode}, {Duration.TotalSeconds:F1} s)
            --- stdout ---
            {StandardOutput}
            --- stderr ---
            {StandardError}
            """;
}

/// <summary>Runs a child process with a timeout, capturing stdout and stderr.</summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Runs the dotnet CLI that runs these tests (DOTNET_HOST_PATH when the SDK set it). The environment is cleaned of
    /// the MSBuild variables a parent `dotnet test` leaves behind, so the child is an ordinary top-level build.
    /// </summary>
    public static Task<ProcessResult> DotnetAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan? timeout, params string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (string.IsNullOrEmpty(dotnet) || !File.Exists(dotnet))
        {
            dotnet = "dotnet";
        }

        var env = new Dictionary<string, string?>
        {
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
            ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
            // No MSBuild node outlives the child (it would hold the output pipes open); builds also pass
            // --disable-build-servers for the compiler server.
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        foreach (var name in Environment.GetEnvironmentVariables().Keys.OfType<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) && !name.Equals("MSBUILDDISABLENODEREUSE", StringComparison.OrdinalIgnoreCase))
            {
                env[name] = null;
            }
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }

        return RunAsync(dotnet, arguments, workingDirectory, env, timeout ?? DefaultTimeout);
    }

    /// <summary>Runs a program; a value of null in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var command = fileName + " " + string.Join(' ', arguments.Select(Quote));
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };

        var clock = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the timeout and the kill.
            }
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"Timed out after {timeout.TotalSeconds:F0} s:\n" + new ProcessResult(command, workingDirectory, -1, Text(stdout), Text(stderr), clock.Elapsed).Describe());
        }

        return new ProcessResult(command, workingDirectory, process.ExitCode, Text(stdout), Text(stderr), clock.Elapsed);
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }

    private static string Quote(string argument)
        => argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"') ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
}
