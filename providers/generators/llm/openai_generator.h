#pragma once

#include "chat_generator.h"

namespace docket {

// Any OpenAI-compatible /chat/completions endpoint, streamed as server-sent events, asking for a
// JSON object answer.
class OpenAiCompatibleGenerator : public ChatGenerator {
    Q_OBJECT
public:
    using ChatGenerator::ChatGenerator;
    QString id() const override { return QStringLiteral("openai"); }

protected:
    QNetworkRequest chatRequest() const override;
    QByteArray chatBody(const QString &system, const QString &user) const override;
    void consume(QByteArray &buffer, ChatStream &stream) const override;
    QString serverMessage(const QByteArray &body) const override;
    bool dropStructuredOutput(int httpStatus, const QString &serverMessage) override;

private:
    bool m_structuredOutput = true; // JSON mode, until the server says it has none
};

} // namespace docket
