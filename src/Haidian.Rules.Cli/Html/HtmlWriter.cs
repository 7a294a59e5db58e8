using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Haidian.Rules.Cli.Html;

/// <summary>
/// Builds an HTML document in which every value is text by construction: <see cref="Text"/> and attribute values are
/// always encoded, element and attribute names must be plain lower-case names (a value passed as a name throws), and
/// the only raw markup is the report's own fixed style sheet (<see cref="RawTemplate"/> accepts nothing but a
/// <see cref="TemplateLiteral"/>, which only this folder's constants create). A section or estate name such as
/// <c>&lt;script&gt;</c> therefore always arrives in the page as visible text.
/// </summary>
internal sealed class HtmlWriter
{
    private static readonly Regex TagName = new("^[a-z][a-z0-9]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex AttributeName = new("^[a-z][a-zA-Z0-9-]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "br", "hr", "col", "img", "link", "wbr" };
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "iframe", "noscript", "xmp", "plaintext", "noembed", "noframes" };

    private readonly StringBuilder sb = new();
    private readonly Stack<string> open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        CheckName(tag, TagName);
        if (RawTextElements.Contains(tag) && tag != "title" && tag != "style")
        {
            throw new ArgumentException($"<{tag}> is not written by the reports", nameof(tag));
        }

        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            CheckName(name, AttributeName);
            if (name.StartsWith("on", StringComparison.Ordinal) || name == "style" || name == "href" || name == "src")
            {
                throw new ArgumentException($"attribute '{name}' is not written by the reports", nameof(attributes));
            }

            if (value is not null)
            {
                sb.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
            }
        }

        sb.Append('>');
        if (!VoidElements.Contains(tag))
        {
            open.Push(tag);
        }

        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public HtmlWriter Close()
    {
        sb.Append("</").Append(open.Pop()).Append('>');
        return this;
    }

    /// <summary>Writes text, encoded (<c>&lt; &gt; &amp; " '</c>); line breaks stay line breaks.</summary>
    public HtmlWriter Text(string? text)
    {
        if (open.Count > 0 && (open.Peek() == "style"))
        {
            throw new InvalidOperationException("no text inside <style>: the style sheet is a template literal");
        }

        sb.Append(Encode(text ?? string.Empty));
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close();

    /// <summary>Writes a fixed piece of the template (the style sheet, the doctype): never a value.</summary>
    public HtmlWriter RawTemplate(TemplateLiteral literal)
    {
        sb.Append(literal.Value);
        return this;
    }

    /// <summary>The document; every element must be closed.</summary>
    public override string ToString()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException("unclosed elements: " + string.Join(", ", open));
        }

        return sb.ToString();
    }

    /// <summary>HTML-encodes a text for element content and quoted attribute values.</summary>
    public static string Encode(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': result.Append("&amp;"); break;
                case '<': result.Append("&lt;"); break;
                case '>': result.Append("&gt;"); break;
                case '"': result.Append("&quot;"); break;
                case '\'': result.Append("&#39;"); break;
                case '\0': result.Append('\uFFFD'); break;
                default:
                    if (char.IsControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')
                    {
                        result.Append("&#x").Append(((int)ch).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        result.Append(ch);
                    }

                    break;
            }
        }

        return result.ToString();
    }

    private static void CheckName(string name, Regex pattern)
    {
        if (name is null || !pattern.IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not an element or attribute name of the report template", nameof(name));
        }
    }
}

/// <summary>A fixed piece of markup of the report template. Only constants of this folder create one.</summary>
internal readonly struct TemplateLiteral
{
    private TemplateLiteral(string value) => Value = value;

    public string Value { get; }

    /// <summary>Wraps one of the template's own constants (never a value from the input).</summary>
    internal static TemplateLiteral FromConstant(string constant) => new(constant);
}
