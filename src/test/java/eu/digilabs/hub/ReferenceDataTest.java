package eu.digilabs.hub;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole platform with the reference data imported (the OZG catalogue, the IPSO and AI Watch
 * cases), as a fresh installation has it after its first start. Every class with this annotation
 * shares one context, so the data is imported once per test run; the tests wait until the
 * background import is done. Tests here must not change the reference data: what they write goes
 * into rows of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HubTest
@TestPropertySource(properties = "hub.reference-data.enabled=true")
@ExtendWith(ReferenceDataImported.class)
public @interface ReferenceDataTest {}
