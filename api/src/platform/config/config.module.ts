import { DynamicModule, Global, Module } from '@nestjs/common';
import { CLOCK, Clock, systemClock } from '../clock';
import { AppConfig } from './app-config';

/** Provides the validated config and the clock to every module. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, clock: Clock = systemClock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [AppConfig, CLOCK],
    };
  }
}
