#include "allcommands.h"

#include "checkcontentcommand.h"
#include "checkdatabasecommand.h"
#include "commandregistry.h"
#include "exportankicommand.h"
#include "exportpdfcommand.h"
#include "importankicommand.h"
#include "exportprogresscommand.h"
#include "importprogresscommand.h"
#include "screenshotcommand.h"
#include "synccommand.h"
#include "versioncommand.h"
#include "windowcommand.h"

namespace DeepDive {

void registerAllCommands(CommandRegistry &registry)
{
    registry.add<VersionCommand>();
    registry.add<CheckContentCommand>();
    registry.add<CheckDatabaseCommand>();
    registry.add<ExportProgressCommand>();
    registry.add<ImportProgressCommand>();
    registry.add<SyncCommand>();
    registry.add<ExportAnkiCommand>();
    registry.add<ImportAnkiCommand>();
    registry.add<ExportPdfCommand>();
    registry.add<ScreenshotCommand>();
    registry.add<WindowCommand>();
}

} // namespace DeepDive
