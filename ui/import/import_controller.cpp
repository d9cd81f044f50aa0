#include "import_controller.h"

#include "import/workspace_import.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace docket {

namespace {
const QString kActor = QStringLiteral("gui");
} // namespace

QString ImportController::describe(const WorkspaceImport &outcome)
{
    const int blocks = int(outcome.imported.blocks.size());
    switch (outcome.kind) {
    case WorkspaceImport::Kind::Added:
        return tr("Imported %n block(s).", nullptr, blocks);
    case WorkspaceImport::Kind::Unchanged:
        return tr("The spec has not changed since it was imported.");
    case WorkspaceImport::Kind::Updated:
        return tr("Updated the spec: %1 block(s) reworded, %2 added, %3 removed. Generate again to see "
                  "proposed "
                  "ticket updates.")
            .arg(outcome.changedBlocks)
            .arg(outcome.addedBlocks)
            .arg(outcome.removedBlocks);
    }
    return {};
}

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{}

ImportController::~ImportController()
{
    // The worker only touches its own connection and the shared flag, so cancelling and
    // waiting is enough to leave the workspace consistent (the store writes in one transaction).
    if (m_watcher) {
        cancel();
        m_watcher->waitForFinished();
    }
}

bool ImportController::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void ImportController::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

void ImportController::importFile(const QString &specPath, const QString &workspacePath)
{
    run(specPath, [specPath, workspacePath](const ImportOptions &options) {
        return importIntoWorkspace(specPath, workspacePath, options, kActor);
    });
}

void ImportController::importBytes(const QByteArray &bytes, const QString &sourceName, DocumentFormat format,
                                   const QString &workspacePath)
{
    run(sourceName, [bytes, sourceName, format, workspacePath](const ImportOptions &options) {
        return importBytesIntoWorkspace(bytes, sourceName, format, workspacePath, options, kActor);
    });
}

template <typename Work>
void ImportController::run(const QString &sourceName, Work work)
{
    if (isRunning()) {
        emit failed(tr("An import is already running; wait for it or cancel it first."));
        return;
    }
    delete m_watcher;
    m_watcher = new QFutureWatcher<Result<WorkspaceImport>>(this);
    m_cancelled = std::make_shared<std::atomic_bool>(false);

    QPointer<ImportController> self(this);
    ImportOptions options;
    options.cancelled = m_cancelled.get();
    options.progress = [self](int percent) {
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                if (self)
                    emit self->progressChanged(percent);
            },
            Qt::QueuedConnection);
    };

    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<WorkspaceImport> outcome = m_watcher->result();
        if (outcome)
            emit finished(outcome.value().imported.document.id, int(outcome.value().imported.blocks.size()),
                          describe(outcome.value()));
        else
            emit failed(outcome.error().toString());
    });
    emit started(sourceName);
    // The flag is owned by shared_ptr captured below, so it outlives this controller if need be.
    m_watcher->setFuture(QtConcurrent::run([work, options, flag = m_cancelled] { return work(options); }));
}

} // namespace docket
