#include "ollama_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace docket {

QNetworkRequest OllamaGenerator::chatRequest() const
{
    return jsonRequest(QStringLiteral("/api/chat")); // a key only matters to a proxy in front of Ollama
}

QByteArray OllamaGenerator::chatBody(const QString &system, const QString &user) const
{
    const QJsonObject body{
        {QStringLiteral("model"), settings().model},
        {QStringLiteral("stream"), true},
        {QStringLiteral("format"), QStringLiteral("json")},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("temperature"), 0}}},
        {QStringLiteral("messages"), messages(system, user)},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void OllamaGenerator::consume(QByteArray &buffer, ChatStream &stream) const
{
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(newline).trimmed();
        buffer.remove(0, newline + 1);
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(QStringLiteral("error"))) {
            stream.error = object.value(QStringLiteral("error")).toString();
            continue;
        }
        stream.content +=
            object.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        if (object.value(QStringLiteral("done")).toBool()) {
            stream.finishReason =
                object.value(QStringLiteral("done_reason")).toString(QStringLiteral("stop"));
            if (object.value(QStringLiteral("prompt_eval_count")).isDouble())
                stream.promptTokens = object.value(QStringLiteral("prompt_eval_count")).toInt();
            if (object.value(QStringLiteral("eval_count")).isDouble())
                stream.completionTokens = object.value(QStringLiteral("eval_count")).toInt();
        }
    }
}

QString OllamaGenerator::serverMessage(const QByteArray &body) const
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
}

} // namespace docket
