using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haidian.Rules.Cli.Json;

/// <summary>
/// A JSON document read from a file (or standard input) that remembers where it came from, so that a problem
/// at a field path (<c>sections[2].responsibleTowns[1]</c>) can be reported with its file and line.
/// </summary>
internal sealed class JsonSource
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = false };

    private readonly Dictionary<string, long> lines;

    private JsonSource(string name, JsonNode root, Dictionary<string, long> lines)
    {
        Name = name;
        Root = root;
        this.lines = lines;
    }

    /// <summary>The file name as the user typed it, or <c>&lt;stdin&gt;</c>.</summary>
    public string Name { get; }

    /// <summary>The parsed document.</summary>
    public JsonNode Root { get; }

    /// <summary>Reads and parses a file, or standard input when <paramref name="path"/> is <c>-</c>.</summary>
    /// <exception cref="UserErrorException">The file is missing or unreadable, or is not JSON (with its line).</exception>
    public static JsonSource Load(string path, TextReader stdin)
    {
        if (path == "-")
        {
            return Parse("<stdin>", stdin.ReadToEnd());
        }

        return Parse(path, FileText.Read(path));
    }

    /// <summary>Parses text that came from <paramref name="name"/>.</summary>
    /// <exception cref="UserErrorException">The text is not JSON (with its line and position).</exception>
    public static JsonSource Parse(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bytes, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? l + 1 : (long?)null;
            var col = ex.BytePositionInLine is { } c ? c + 1 : (long?)null;
            throw new UserErrorException(UserErrorException.Locate(name, line, col is null ? null : "column " + col, "not valid JSON: " + FirstSentence(ex.Message)));
        }

        if (root is null)
        {
            throw new UserErrorException(UserErrorException.Locate(name, 1, null, "the document is JSON null; expected an object"));
        }

        return new JsonSource(name, root, MapLines(bytes));
    }

    /// <summary>The line of a field path (or of the nearest enclosing field that exists), 1-based, or null.</summary>
    public long? LineOf(string path)
    {
        var p = NormalisePath(path);
        while (true)
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }

            if (p.Length == 0)
            {
                return null;
            }

            p = Parent(p);
        }
    }

    /// <summary>Formats a problem at a field path of this document: <c>file:line: path: message</c>.</summary>
    public string Locate(string path, string message) => UserErrorException.Locate(Name, LineOf(path), NormalisePath(path) is { Length: > 0 } p ? p : null, message);

    /// <summary>Removes the <c>$</c> root marker System.Text.Json puts in front of paths.</summary>
    public static string NormalisePath(string path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        if (path.StartsWith("$.", StringComparison.Ordinal))
        {
            return path.Substring(2);
        }

        return path[0] == '$' ? path.Substring(1) : path;
    }

    /// <summary>Joins a prefix and a path relative to it (either may be empty).</summary>
    public static string Combine(string prefix, string path)
    {
        path = NormalisePath(path);
        if (prefix.Length == 0)
        {
            return path;
        }

        if (path.Length == 0)
        {
            return prefix;
        }

        return path[0] == '[' ? prefix + path : prefix + "." + path;
    }

    private static string Parent(string p)
    {
        var i = p.Length - 1;
        if (p[i] == ']')
        {
            i = p.LastIndexOf('[');
            return p.Substring(0, Math.Max(i, 0));
        }

        var dot = p.LastIndexOf('.');
        var bracket = p.LastIndexOf(']');
        return dot > bracket ? p.Substring(0, dot) : bracket >= 0 ? p.Substring(0, bracket + 1) : string.Empty;
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        var s = i < 0 ? message : message.Substring(0, i);
        var nl = s.IndexOf('\n');
        return (nl < 0 ? s : s.Substring(0, nl)).Trim();
    }

    /// <summary>Walks the document once and records the 1-based line where each field path starts.</summary>
    private static Dictionary<string, long> MapLines(byte[] bytes)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        long LineAt(long offset)
        {
            var idx = lineStarts.BinarySearch((int)offset);
            return (idx >= 0 ? idx : ~idx - 1) + 1;
        }

        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });

        // Each open container: its path, whether it is an array, and the next array index.
        var stack = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;
        while (reader.Read())
        {
            string Current()
            {
                if (stack.Count == 0)
                {
                    return string.Empty;
                }

                var top = stack.Peek();
                if (top.IsArray)
                {
                    stack.Pop();
                    stack.Push((top.Path, true, top.Next + 1));
                    return top.Path + "[" + top.Next + "]";
                }

                return top.Path.Length == 0 ? pendingProperty ?? string.Empty : top.Path + "." + pendingProperty;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    map[stack.Peek().Path.Length == 0 ? pendingProperty! : stack.Peek().Path + "." + pendingProperty] = LineAt(reader.TokenStartIndex);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    {
                        var path = Current();
                        map.TryAdd(path, LineAt(reader.TokenStartIndex));
                        stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    }

                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    {
                        var path = Current();
                        map.TryAdd(path, LineAt(reader.TokenStartIndex));
                        break;
                    }
            }
        }

        return map;
    }
}

/// <summary>Reads user files with one clear error when they are missing or unreadable.</summary>
internal static class FileText
{
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException(path + ": file not found");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UserErrorException(path + ": cannot be read: " + ex.Message);
        }
    }
}
