#pragma once

#include "chat_generator.h"

namespace docket {

// Ollama's /api/chat with JSON output and a streamed NDJSON answer.
class OllamaGenerator : public ChatGenerator {
    Q_OBJECT
public:
    using ChatGenerator::ChatGenerator;
    QString id() const override { return QStringLiteral("ollama"); }

protected:
    QNetworkRequest chatRequest() const override;
    QByteArray chatBody(const QString &system, const QString &user) const override;
    void consume(QByteArray &buffer, ChatStream &stream) const override;
    QString serverMessage(const QByteArray &body) const override;
};

} // namespace docket
