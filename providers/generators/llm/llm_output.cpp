#include "llm_output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace docket::llm {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::LlmGenerator)
};
} // namespace

QString withoutThinking(const QString &modelOutput)
{
    static const QRegularExpression closed(QStringLiteral("<think>.*?</think>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString text = modelOutput;
    text.remove(closed);
    // A reasoning block that was never closed hides everything after it; what follows a stray
    // closing tag is the answer.
    if (const qsizetype open = text.indexOf(QLatin1String("<think>")); open >= 0)
        text.truncate(open);
    if (const qsizetype close = text.lastIndexOf(QLatin1String("</think>")); close >= 0)
        text.remove(0, close + 8);
    return text.trimmed();
}

Result<QJsonObject> extractJsonObject(const QString &modelOutput)
{
    const QString text = withoutThinking(modelOutput);
    const qsizetype first = text.indexOf(QLatin1Char('{'));
    const qsizetype last = text.lastIndexOf(QLatin1Char('}'));
    if (first < 0 || last <= first)
        return Error{Text::tr("The model did not answer with a JSON object."), {}};
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(text.mid(first, last - first + 1).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{Text::tr("The model's answer is not valid JSON (%1 at character %2).")
                         .arg(error.errorString())
                         .arg(error.offset),
                     {}};
    return document.object();
}

} // namespace docket::llm
