import { commands } from '@tracker/domain';
import { commandSchemaModel, printCommandSchema, type CommandSchemaModel } from './command-schema';
import { payloadFields } from './resolvers/payloads';

/** The model of this application's commands, with the payloads the API answers. */
export const commandModel = (): CommandSchemaModel => commandSchemaModel(commands, payloadFields);

/** schema/commands.graphql as the command definitions give it (before formatting). */
export const commandSchema = (): string => printCommandSchema(commandModel());
