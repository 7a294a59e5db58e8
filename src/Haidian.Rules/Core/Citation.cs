using System;
using System.Text;

namespace Haidian.Rules;

/// <summary>
/// The clause an amount, score or verdict comes from: document number as printed (normalised to
/// full-width brackets 〔〕 and no OCR spaces), short title and article.
/// 引用 — citation of a gazette clause.
/// Generic core type, not policy-specific: it cites no clause itself.
/// </summary>
/// <remarks>Immutable and thread-safe. Use <see cref="WithArticle"/> to cite another article of the same document.</remarks>
/// <param name="DocumentNumber">Document number, e.g. <c>海行规发〔2017〕7号</c>; may be empty for a national standard or a statute cited by title only.</param>
/// <param name="Title">Document title, short form allowed, e.g. <c>海淀区水环境区域补偿办法（试行）</c>.</param>
/// <param name="Article">Article or clause, e.g. <c>第八条（一）</c>, or an annex row such as <c>附件2 一（二）(4)</c>; empty when the whole document is cited.</param>
public sealed record Citation(string DocumentNumber, string Title, string Article)
{
    /// <summary>The same document, another article.</summary>
    /// <param name="article">The article or clause, e.g. <c>第九条（二）</c>.</param>
    /// <returns>A new citation; this one is unchanged.</returns>
    public Citation WithArticle(string article) => this with { Article = article ?? string.Empty };

    /// <summary>Reads as a clerk would write it: <c>海行规发〔2017〕7号《海淀区水环境区域补偿办法（试行）》第八条（一）</c>.</summary>
    /// <returns>The citation as one line of text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(DocumentNumber);
        if (Title.Length > 0)
        {
            sb.Append('《').Append(Title).Append('》');
        }

        sb.Append(Article);
        return sb.ToString();
    }

    /// <summary>
    /// Normalises a document number as the gazette prints it: ASCII or half-width brackets become
    /// 〔〕 and spaces inserted by OCR are removed (<c>海行规发[2017]7 号</c> → <c>海行规发〔2017〕7号</c>).
    /// </summary>
    /// <param name="printed">The number as printed.</param>
    /// <returns>The normalised number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="printed"/> is null.</exception>
    public static string NormaliseDocumentNumber(string printed)
    {
        if (printed is null)
        {
            throw new ArgumentNullException(nameof(printed));
        }

        var sb = new StringBuilder(printed.Length);
        foreach (var ch in printed)
        {
            switch (ch)
            {
                case ' ':
                case '\u3000':
                case '\t':
                    break;
                case '[':
                case '［':
                case '(':
                case '（':
                case '【':
                    sb.Append('〔');
                    break;
                case ']':
                case '］':
                case ')':
                case '）':
                case '】':
                    sb.Append('〕');
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }

        return sb.ToString();
    }
}
