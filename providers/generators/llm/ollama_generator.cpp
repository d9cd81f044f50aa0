#include "ollama_generator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace docket {

QNetworkRequest OllamaGenerator::chatRequest() const
{
    QUrl url = settings().baseUrl;
    url.setPath(url.path().replace(QRegularExpression(QStringLiteral("/+$")), QString()) +
                QStringLiteral("/api/chat"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!settings().apiKey.isEmpty()) // a proxy in front of Ollama may want one
        request.setRawHeader("Authorization", "Bearer " + settings().apiKey.toUtf8());
    return request;
}

QByteArray OllamaGenerator::chatBody(const QString &system, const QString &user) const
{
    const QJsonObject body{
        {QStringLiteral("model"), settings().model},
        {QStringLiteral("stream"), true},
        {QStringLiteral("format"), QStringLiteral("json")},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("temperature"), 0}}},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), system}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), user}}}},
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
