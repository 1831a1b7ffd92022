package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PythonRequirementTest {

    @Test
    void keepsNameAndSpecifiersDroppingExtrasMarkersAndSpaces() {
        assertEquals(Optional.of(new PythonRequirement("uvicorn", ">=0.29,<1")),
                PythonRequirement.parse("uvicorn[standard] >= 0.29, <1 ; python_version<\"3.13\""));
    }

    @Test
    void normalisesNamesPerPep503() {
        assertEquals(Optional.of(new PythonRequirement("zope-interface", "==6.2")),
                PythonRequirement.parse("Zope._-Interface==6.2"));
    }

    @Test
    void directReferenceHasNoVersion() {
        assertEquals(Optional.of(new PythonRequirement("pip", "")),
                PythonRequirement.parse("pip @ https://github.com/pypa/pip/archive/22.0.2.zip"));
    }

    @Test
    void oldStyleParenthesisedSpecifier() {
        assertEquals(Optional.of(new PythonRequirement("requests", ">=2.0")),
                PythonRequirement.parse("requests (>=2.0)"));
    }

    @Test
    void proseIsNotARequirement() {
        assertEquals(Optional.empty(), PythonRequirement.parse("see the docs"));
        assertEquals(Optional.empty(), PythonRequirement.parse("-r base.txt"));
    }
}
