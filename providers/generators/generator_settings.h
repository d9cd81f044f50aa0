#pragma once

#include <QString>
#include <QUrl>

namespace docket {

// What a PM chooses when asking for drafts. The API key is held in memory only; the accounts
// work moves it into the OS keychain. It is never written to settings, the workspace or logs.
struct GeneratorSettings {
    QString generatorId = QStringLiteral("rules"); // rules | ollama | openai | taskforge
    QUrl baseUrl;                                  // empty: the backend's default
    QString model;
    QString apiKey;
    int timeoutSeconds = 120;    // the longest a model server may stay silent
    int chunkCharacters = 12000; // a document is sent section by section, at most this much at once

    static QStringList generatorIds();
    static QUrl defaultBaseUrl(const QString &generatorId);
    static QString defaultModel(const QString &generatorId);
};

} // namespace docket
