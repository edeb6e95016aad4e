# Item models over the core services (QtCore only: no widgets here). Included by core/CMakeLists.txt.
target_sources(porter_core PRIVATE
    viewmodels/peoplemodel.h viewmodels/peoplemodel.cpp
    viewmodels/propertiesmodel.h viewmodels/propertiesmodel.cpp
    viewmodels/managersmodel.h viewmodels/managersmodel.cpp
    viewmodels/displaytext.h viewmodels/displaytext.cpp
    viewmodels/doorsmodel.h viewmodels/doorsmodel.cpp
    viewmodels/doorsinrangemodel.h viewmodels/doorsinrangemodel.cpp
    viewmodels/keysmodel.h viewmodels/keysmodel.cpp
    viewmodels/activitymodel.h viewmodels/activitymodel.cpp
    viewmodels/synctasksmodel.h viewmodels/synctasksmodel.cpp
    viewmodels/outboxmodel.h viewmodels/outboxmodel.cpp
    viewmodels/peopleexport.h viewmodels/peopleexport.cpp
)
