#pragma once

#include "import/workspace_import.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace docket {

// Runs one import at a time on a worker thread: parse, then store in the workspace through the
// worker's own connection. The UI thread only sees progress and the outcome.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const;
    void importFile(const QString &specPath, const QString &workspacePath);
    void importBytes(const QByteArray &bytes, const QString &sourceName, DocumentFormat format,
                     const QString &workspacePath);
    void cancel();

    static QString describe(const WorkspaceImport &outcome);

signals:
    void started(const QString &sourceName);
    void progressChanged(int percent);
    // summary says what happened in words: added, updated (with counts) or unchanged.
    void finished(const QString &documentId, int blockCount, const QString &summary);
    void failed(const QString &message);

private:
    template <typename Work>
    void run(const QString &sourceName, Work work);

    QFutureWatcher<Result<WorkspaceImport>> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace docket
