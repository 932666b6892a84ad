/** The resolver map: one module per root field or type, assembled here. */
import type { Resolvers } from './generated/resolvers.generated.js';
import { DateScalar } from './resolvers/types/Date.js';
import { Collaboration } from './resolvers/types/Collaboration.js';
import { Department } from './resolvers/types/Department.js';
import { DepartmentProjectEdge } from './resolvers/types/DepartmentProjectEdge.js';
import { District } from './resolvers/types/District.js';
import { Document } from './resolvers/types/Document.js';
import { Evidence } from './resolvers/types/Evidence.js';
import { Indicator } from './resolvers/types/Indicator.js';
import { Mention } from './resolvers/types/Mention.js';
import { Entity, Node } from './resolvers/types/Node.js';
import { PathStep } from './resolvers/types/PathStep.js';
import { Project } from './resolvers/types/Project.js';
import { ProjectDepartment } from './resolvers/types/ProjectDepartment.js';
import { department } from './resolvers/department.js';
import { departments } from './resolvers/departments.js';
import { district } from './resolvers/district.js';
import { districts } from './resolvers/districts.js';
import { document } from './resolvers/document.js';
import { documents } from './resolvers/documents.js';
import { indicator } from './resolvers/indicator.js';
import { indicators } from './resolvers/indicators.js';
import { node } from './resolvers/node.js';
import { nodes } from './resolvers/nodes.js';
import { project } from './resolvers/project.js';
import { projects } from './resolvers/projects.js';
import { search } from './resolvers/search.js';
import { shortestPath } from './resolvers/shortestPath.js';
import { stats } from './resolvers/stats.js';

export const resolvers: Resolvers = {
  Query: { node, nodes, districts, district, departments, department, projects, project, indicators, indicator, documents, document, search, shortestPath, stats },
  Date: DateScalar,
  Node,
  Entity,
  District,
  Department,
  Collaboration,
  DepartmentProjectEdge,
  Project,
  ProjectDepartment,
  Indicator,
  Document,
  Mention,
  Evidence,
  PathStep,
};
