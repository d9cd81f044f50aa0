#pragma once

#include "chat_generator.h"

namespace docket {

// Ollama's /api/chat, streamed as NDJSON. Output format: "json", or the tickets schema itself
// (Ollama 0.5 and later) when set to JsonSchema.
class OllamaGenerator : public ChatGenerator {
    Q_OBJECT
public:
    using ChatGenerator::ChatGenerator;
    QString id() const override { return QStringLiteral("ollama"); }

protected:
    QNetworkRequest chatRequest() const override;
    QByteArray chatBody(const QString &system, const QString &user) const override;
    void consume(QByteArray &buffer, ChatStream &stream) const override;
    void consumeWhole(const QByteArray &body, ChatStream &stream) const override;
    QString serverMessage(const QByteArray &body) const override;
    bool refusesOutputFormat(int httpStatus, const QString &serverMessage) const override;
};

} // namespace docket
