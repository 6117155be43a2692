package org.opencrm.crm.adapter.in.rest.common;

import org.mapstruct.InjectionStrategy;
import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/**
 * Shared MapStruct settings: CDI beans, constructor injection, and a new field breaks the build.
 */
@MapperConfig(
    componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
    injectionStrategy = InjectionStrategy.CONSTRUCTOR,
    unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RestMapperConfig {}
