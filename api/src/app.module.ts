import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { AccessModule } from './access/access.module';
import { AgreementModule } from './agreement/agreement.module';
import { TrackRecordModule } from './track-record/track-record.module';
import { MessagesModule } from './repair/messages/messages.module';
import { AmendsModule } from './repair/amends/amends.module';
import { SafetyPlansModule } from './safety/safety-plans/safety-plans.module';
import { SupportNetworkModule } from './safety/support-network/support-network.module';
import { FamilyTrackModule } from './track-record/family-track/family-track.module';
import { CheckInScheduleModule } from './track-record/check-in-schedule/check-in-schedule.module';
import { ClosingSummaryModule } from './track-record/closing-summary/closing-summary.module';
import { RepairModule } from './repair/repair.module';
import { LapseModule } from './safety/lapse/lapse.module';
import { TrialModule } from './homecoming/trial/trial.module';
import { NotificationsModule } from './reaching/notifications/notifications.module';
import { PlanChangesModule } from './plan-changes/plan-changes.module';
import { AuditModule } from './audit/audit.module';
import { IdentityModule } from './identity/identity.module';
import { Clock, fileOffsetClock, systemClock } from './platform/clock';
import { formatError } from './platform/format-error';
import { PassErrorsToGraphQL } from './platform/pass-errors.filter';
import { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { LifecycleModule } from './platform/lifecycle/lifecycle.module';
import { unavailableStatusPlugin } from './platform/graphql/unavailable-status.plugin';
import { dataSourceOptions } from './data-source';
import { graphqlArmor } from './platform/graphql/graphql-limits';
import { PlanningModule } from './planning/planning.module';
import { LiveSubscriptionsModule } from './reaching/live/live-subscriptions.module';
import { LiveConnection, LiveSockets } from './reaching/live/live-sockets';
import type { GraphQLContext, HomewardRequest } from './platform/request-context';
import type { FastifyReply } from 'fastify';

export interface AppOptions {
  config: AppConfig;
  clock?: Clock;
  /** Where to write the generated schema (development and tests); in memory when unset. */
  schemaFile?: string;
}

@Module({})
export class AppModule {
  static forRoot({
    config,
    clock = config.CLOCK_OFFSET_FILE ? fileOffsetClock(config.CLOCK_OFFSET_FILE) : systemClock,
    schemaFile,
  }: AppOptions): DynamicModule {
    const armor = graphqlArmor(config.isProduction);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LifecycleModule,
        TypeOrmModule.forRoot(dataSourceOptions(config.DATABASE_URL)),
        // Built once LiveSockets exists: subscriptions ride graphql-ws on the same path.
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LiveSubscriptionsModule],
          inject: [LiveSockets],
          useFactory: (sockets: LiveSockets): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: !config.isProduction,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            formatError,
            // graphql-armor's plugin type targets a different Apollo minor; the shapes match.
            // No HTTP cache hints (every answer is personal) and no usage reporting: both only cost time per field.
            plugins: [
              ...(armor.plugins as unknown as ApolloServerPlugin[]),
              ApolloServerPluginCacheControlDisabled(),
              ApolloServerPluginUsageReportingDisabled(),
              unavailableStatusPlugin(),
            ],
            validationRules: armor.validationRules,
            parseOptions: armor.parseOptions,
            fieldResolverEnhancers: ['guards'],
            // Nest would turn every answer with data back to 200; the 503 of a database away must stay.
            preserveHttpStatusForExecutionErrors: false,
            subscriptions: { 'graphql-ws': sockets.serverOptions() },
            // The Fastify integration passes request and reply as two arguments; graphql-ws its connection.
            context: (
              request: HomewardRequest | LiveConnection,
              reply: FastifyReply,
            ): GraphQLContext =>
              'extra' in request ? sockets.contextOf(request) : { req: request, reply },
          }),
        }),
        AccessModule,
        AuditModule,
        PlanChangesModule,
        IdentityModule,
        PlanningModule,
        AgreementModule,
        TrackRecordModule,
        RepairModule,
        LapseModule,
        NotificationsModule,
        LiveSubscriptionsModule,
        MessagesModule,
        AmendsModule,
        SafetyPlansModule,
        SupportNetworkModule,
        FamilyTrackModule,
        TrialModule,
        CheckInScheduleModule,
        ClosingSummaryModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: PassErrorsToGraphQL }],
    };
  }
}
