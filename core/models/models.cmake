# Item models over the core services (QtCore only: no widgets here). Included by core/CMakeLists.txt.
target_sources(porter_core PRIVATE
    models/peoplemodel.h models/peoplemodel.cpp
    models/propertiesmodel.h models/propertiesmodel.cpp
    models/displaytext.h models/displaytext.cpp
    models/setupstate.h models/setupstate.cpp
)
