#include "llm_output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace docket::llm {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::LlmGenerator)
};

constexpr int kMaxCandidates = 16; // '{' in prose before the answer; more than this is not an answer

// The index just past the '}' that closes the '{' at start, or -1 when the text ends first.
qsizetype objectEnd(const QString &text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype at = start; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return at + 1;
        }
    }
    return -1;
}

} // namespace

QString withoutThinking(const QString &modelOutput)
{
    static const QRegularExpression closed(QStringLiteral("<think>.*?</think>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString text = modelOutput;
    text.remove(closed);
    // A reasoning block that was never closed hides everything after it; what follows a stray
    // closing tag (the chat template opened the block) is the answer.
    if (const qsizetype open = text.indexOf(QLatin1String("<think>")); open >= 0)
        text.truncate(open);
    if (const qsizetype close = text.lastIndexOf(QLatin1String("</think>")); close >= 0)
        text.remove(0, close + 8);
    return text.trimmed();
}

Result<QJsonObject> extractJsonObject(const QString &modelOutput)
{
    const QString text = withoutThinking(modelOutput);
    std::optional<Error> firstError;
    qsizetype start = text.indexOf(QLatin1Char('{'));
    for (int candidate = 0; start >= 0 && candidate < kMaxCandidates; ++candidate) {
        const qsizetype end = objectEnd(text, start);
        if (end < 0) {
            if (!firstError)
                firstError = Error{Text::tr("The model's answer ends before its JSON object does; it was "
                                            "probably cut off."),
                                   {}};
            break;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.mid(start, end - start).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
        if (!firstError)
            firstError = Error{Text::tr("The model's answer is not valid JSON (%1 at character %2).")
                                   .arg(error.errorString())
                                   .arg(start + error.offset),
                               {}};
        // Not inside the failed object: a ticket nested in a broken answer is not the answer.
        start = text.indexOf(QLatin1Char('{'), end);
    }
    if (firstError)
        return *firstError;
    return Error{Text::tr("The model did not answer with a JSON object."), {}};
}

Result<QJsonObject> ticketsAnswer(const QJsonObject &answer)
{
    if (answer.value(QStringLiteral("tickets")).isArray())
        return answer;
    if (answer.contains(QStringLiteral("title")) && answer.contains(QStringLiteral("ticket_type")))
        return QJsonObject{{QStringLiteral("tickets"), QJsonArray{answer}}};
    return Error{Text::tr("The model's JSON has no \"tickets\" list."), {}};
}

} // namespace docket::llm
